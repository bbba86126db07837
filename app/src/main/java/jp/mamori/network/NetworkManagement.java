package jp.mamori.network;

import java.util.UUID;

import jp.mamori.kernel.EditConflict;
import jp.mamori.trail.Trail;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes of a tenant's network configuration, each in one transaction with its trail entry, and the
 * separation findings published again once it commits. Stale edits are {@link EditConflict}s. Thread-safe.
 */
@Service
@Transactional
class NetworkManagement {

    private final Networks networks;
    private final Trail trail;
    private final NetworkFindings findings;

    NetworkManagement(Networks networks, Trail trail, NetworkFindings findings) {
        this.networks = networks;
        this.trail = trail;
        this.findings = findings;
    }

    // ---- segments ------------------------------------------------------------------------------------------------

    UUID addSegment(UUID tenantId, Segment draft) {
        var s = new Segment(UUID.randomUUID(), draft.name(), draft.area(), draft.addresses(), draft.tenantRestricted(),
                draft.description(), 0);
        try {
            networks.insert(tenantId, s);
        } catch (DuplicateKeyException e) {
            throw new NetworkRefused("network.refused.nameTaken", s.name());
        }
        trail.record(tenantId, "network.segment.added", "NetworkSegment", s.id().toString(),
                s.name() + "（" + s.area().japanese() + "）" + (s.addresses().isEmpty() ? "" : " " + s.addresses()));
        findings.changed(tenantId);
        return s.id();
    }

    void changeSegment(UUID tenantId, Segment changed) {
        var before = networks.segment(tenantId, changed.id())
                .orElseThrow(() -> new NetworkNotFound("segment", changed.id()));
        try {
            if (!networks.update(tenantId, changed)) {
                throw new EditConflict("network segment " + changed.id());
            }
        } catch (DuplicateKeyException e) {
            throw new NetworkRefused("network.refused.nameTaken", changed.name());
        }
        trail.record(tenantId, "network.segment.changed", "NetworkSegment", changed.id().toString(),
                before.name() + "（" + before.area().japanese() + " " + before.addresses() + "）→ " + changed.name()
                        + "（" + changed.area().japanese() + " " + changed.addresses() + "）");
        findings.changed(tenantId);
    }

    // ---- systems -------------------------------------------------------------------------------------------------

    UUID addSystem(UUID tenantId, InformationSystem draft) {
        var segment = segment(tenantId, draft.segmentId());
        var s = new InformationSystem(UUID.randomUUID(), draft.name(), segment.id(), draft.assetId(), draft.address(),
                draft.description(), 0);
        try {
            networks.insert(tenantId, s);
        } catch (DuplicateKeyException e) {
            throw new NetworkRefused("network.refused.nameTaken", s.name());
        }
        trail.record(tenantId, "network.system.added", "NetworkSystem", s.id().toString(),
                s.name() + " を " + segment.name() + " に配置");
        findings.changed(tenantId);
        return s.id();
    }

    void changeSystem(UUID tenantId, InformationSystem changed) {
        var before = networks.system(tenantId, changed.id())
                .orElseThrow(() -> new NetworkNotFound("system", changed.id()));
        var from = segment(tenantId, before.segmentId());
        var to = segment(tenantId, changed.segmentId());
        if (!networks.update(tenantId, changed)) {
            throw new EditConflict("network system " + changed.id());
        }
        trail.record(tenantId, "network.system.changed", "NetworkSystem", changed.id().toString(),
                before.name() + "（" + from.name() + "）→ " + changed.name() + "（" + to.name() + "）");
        findings.changed(tenantId);
    }

    // ---- terminal groups -----------------------------------------------------------------------------------------

    UUID addTerminals(UUID tenantId, TerminalGroup draft) {
        var segment = segment(tenantId, draft.segmentId());
        var g = new TerminalGroup(UUID.randomUUID(), draft.name(), segment.id(), draft.count(), draft.factors(),
                draft.externalMedia(), draft.epp(), draft.edr(), draft.screenTransferClient(), draft.description(), 0);
        try {
            networks.insert(tenantId, g);
        } catch (DuplicateKeyException e) {
            throw new NetworkRefused("network.refused.nameTaken", g.name());
        }
        trail.record(tenantId, "network.terminals.added", "TerminalGroup", g.id().toString(),
                g.name() + " " + g.count() + " 台（" + segment.name() + "）: " + settings(g));
        findings.changed(tenantId);
        return g.id();
    }

    void changeTerminals(UUID tenantId, TerminalGroup changed) {
        var before = networks.terminal(tenantId, changed.id())
                .orElseThrow(() -> new NetworkNotFound("terminal group", changed.id()));
        segment(tenantId, changed.segmentId());
        if (!networks.update(tenantId, changed)) {
            throw new EditConflict("terminal group " + changed.id());
        }
        trail.record(tenantId, "network.terminals.changed", "TerminalGroup", changed.id().toString(),
                settings(before) + " → " + settings(changed));
        findings.changed(tenantId);
    }

    static String settings(TerminalGroup g) {
        return "認証要素 " + g.factors() + ", 外部記録媒体 " + g.externalMedia().japanese() + ", EPP "
                + (g.epp() ? "あり" : "なし") + ", EDR " + (g.edr() ? "あり" : "なし") + ", 画面転送 "
                + (g.screenTransferClient() ? "あり" : "なし");
    }

    // ---- flows ---------------------------------------------------------------------------------------------------

    UUID declareFlow(UUID tenantId, Flow draft) {
        var f = resolved(tenantId, draft, UUID.randomUUID(), 0);
        networks.insert(tenantId, f);
        trail.record(tenantId, "network.flow.declared", "NetworkFlow", f.id().toString(), describe(tenantId, f));
        findings.changed(tenantId);
        return f.id();
    }

    void changeFlow(UUID tenantId, Flow changed) {
        var before = flow(tenantId, changed.id());
        var f = resolved(tenantId, changed, changed.id(), changed.version());
        if (!networks.update(tenantId, f)) {
            throw new EditConflict("network flow " + changed.id());
        }
        trail.record(tenantId, "network.flow.changed", "NetworkFlow", f.id().toString(),
                describe(tenantId, before) + " → " + describe(tenantId, f));
        findings.changed(tenantId);
    }

    void removeFlow(UUID tenantId, UUID flowId, int version) {
        var before = flow(tenantId, flowId);
        if (!networks.delete(tenantId, flowId, version)) {
            throw new EditConflict("network flow " + flowId);
        }
        trail.record(tenantId, "network.flow.removed", "NetworkFlow", flowId.toString(), describe(tenantId, before));
        findings.changed(tenantId);
    }

    Flow flow(UUID tenantId, UUID flowId) {
        return networks.flow(tenantId, flowId).orElseThrow(() -> new NetworkNotFound("flow", flowId));
    }

    /** The flow with each end's segment taken from its system when it names one; both ends must be the tenant's. */
    private Flow resolved(UUID tenantId, Flow draft, UUID id, int version) {
        var fromSegment = draft.fromSystemId() != null ? system(tenantId, draft.fromSystemId()).segmentId()
                : segment(tenantId, draft.fromSegmentId()).id();
        var toSegment = draft.toSystemId() != null ? system(tenantId, draft.toSystemId()).segmentId()
                : segment(tenantId, draft.toSegmentId()).id();
        if (fromSegment.equals(toSegment) && java.util.Objects.equals(draft.fromSystemId(), draft.toSystemId())) {
            throw new NetworkRefused("network.refused.sameEnds");
        }
        return new Flow(id, fromSegment, draft.fromSystemId(), toSegment, draft.toSystemId(), draft.protocol(),
                draft.ports(), draft.purpose(), draft.path(), draft.sanitiser(), version);
    }

    String describe(UUID tenantId, Flow f) {
        return end(tenantId, f.fromSegmentId(), f.fromSystemId()) + " → " + end(tenantId, f.toSegmentId(),
                f.toSystemId()) + " " + f.protocol() + "/" + f.ports() + " " + f.path().japanese()
                + (f.sanitiser().isEmpty() ? "" : "（" + f.sanitiser() + "）");
    }

    private String end(UUID tenantId, UUID segmentId, UUID systemId) {
        if (systemId != null) {
            return networks.system(tenantId, systemId).map(InformationSystem::name).orElse("?");
        }
        return networks.segment(tenantId, segmentId).map(Segment::name).orElse("?");
    }

    private Segment segment(UUID tenantId, UUID id) {
        if (id == null) {
            throw new NetworkRefused("network.refused.noSegment");
        }
        return networks.segment(tenantId, id).orElseThrow(() -> new NetworkRefused("network.refused.noSegment"));
    }

    private InformationSystem system(UUID tenantId, UUID id) {
        return networks.system(tenantId, id).orElseThrow(() -> new NetworkRefused("network.refused.noSystem"));
    }
}
