package jp.mamori.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.asset.AssetLookup;
import jp.mamori.catalog.StatementOfApplicability;
import jp.mamori.kernel.AssetId;
import jp.mamori.kernel.StaffId;
import jp.mamori.kernel.TenantId;
import jp.mamori.kernel.UnitId;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register's use cases, each in one transaction with its trail entry: the tenant's scales, drafting,
 * assessing (impact proposed from the asset's class, measures' status read from the statement of applicability),
 * accepting, and the expiry of acceptances. Thread-safe.
 */
@Service
public class RiskManagement implements RiskIntake {

    private final Risks risks;
    private final AssetLookup assets;
    private final StatementOfApplicability statement;
    private final TenantCalendar calendar;
    private final Trail trail;
    private final Clock clock;

    RiskManagement(Risks risks, AssetLookup assets, StatementOfApplicability statement, TenantCalendar calendar,
            Trail trail, Clock clock) {
        this.risks = risks;
        this.assets = assets;
        this.statement = statement;
        this.calendar = calendar;
        this.trail = trail;
        this.clock = clock;
    }

    /** The tenant's scales, or the guideline's default while the tenant has saved none. */
    @Transactional(readOnly = true)
    public RiskScales scales(UUID tenantId) {
        return risks.scales(tenantId).orElseGet(RiskScales::guidelineDefault);
    }

    /** Saves the scales when valid; {@code version} is the one the form was read at (-1 while none is saved). */
    @Transactional
    public void saveScales(UUID tenantId, RiskScales scales, long version) {
        scales.validity().orThrow(RiskRefused::new);
        if (!risks.saveScales(tenantId, scales, version)) {
            throw new RiskConflict("risk scales");
        }
        trail.record(tenantId, "risk.scales.saved", "RiskScales", tenantId.toString(),
                "リスクの尺度とマトリクスを保存 (" + scales.matrix().rows() + "×" + scales.matrix().columns() + ")");
    }

    @Transactional
    UUID draft(UUID tenantId, String title, List<String> threatIds, String ownThreat, RiskTarget target,
            AssetId assetId, String vulnerabilities, UnitId ownerUnit, String source) {
        if (assetId != null && assets.find(TenantId.of(tenantId), assetId).isEmpty()) {
            throw new RiskRefused("risk.target.unknownAsset");
        }
        var risk = Risk.draft(tenantId, title, threatIds, ownThreat, target, assetId, vulnerabilities, ownerUnit,
                source);
        risks.insert(risk, scales(tenantId));
        trail.record(tenantId, "risk.drafted", "Risk", risk.id().toString(), "リスクを登録: " + risk.title());
        return risk.id();
    }

    @Override
    @Transactional
    public UUID draftFrom(UUID tenantId, String sourceModule, String sourceId, String title, UnitId ownerUnit) {
        var source = sourceModule + ":" + sourceId;
        var existing = risks.bySource(tenantId, source);
        if (existing.isPresent()) {
            return existing.get();
        }
        return draft(tenantId, title, List.of(), title, RiskTarget.ORGANISATION, null, "", ownerUnit, source);
    }

    /** The impact per axis the risk's asset proposes on the tenant's scales; empty for the whole organisation. */
    @Transactional(readOnly = true)
    public Map<ImpactAxis, Integer> proposedImpact(UUID tenantId, UUID riskId) {
        var risk = risk(tenantId, riskId);
        if (risk.assetId() == null) {
            return Map.of();
        }
        return assets.find(TenantId.of(tenantId), risk.assetId())
                .map(asset -> ImpactProposal.from(asset.classification(), scales(tenantId))).orElse(Map.of());
    }

    /**
     * Records an assessment by {@code assessor}. The proposals are the asset's (not what the form says), and the
     * status of each chosen measure is the statement's today (not what the form says): a 未着手 measure therefore
     * cannot be counted by editing the form.
     *
     * @param measureIds the catalogue measures chosen to mitigate
     */
    @Transactional
    public Risk assess(UUID tenantId, UUID riskId, long version, StaffId assessor, int likelihood,
            Map<ImpactAxis, Integer> chosen, Map<ImpactAxis, String> reasons, TreatmentOption option,
            List<String> measureIds, String note, LocalDate treatmentDue, Estimate residual, LocalDate reviewOn) {
        var risk = risk(tenantId, riskId);
        if (risk.version() != version) {
            throw new RiskConflict("risk " + riskId);
        }
        var scales = scales(tenantId);
        var proposals = proposedImpact(tenantId, riskId);
        var impacts = new java.util.EnumMap<ImpactAxis, AxisImpact>(ImpactAxis.class);
        for (var axis : ImpactAxis.values()) {
            int value = chosen.getOrDefault(axis, 0);
            impacts.put(axis, new AxisImpact(axis, proposals.getOrDefault(axis, 0), value, reasons.get(axis)));
        }
        var measures = new ArrayList<ChosenMeasure>();
        for (var id : measureIds) {
            measures.add(new ChosenMeasure(id, statement.entry(tenantId, id).status()));
        }
        var assessment = new Assessment(likelihood, impacts, new Treatment(option, measures, note, treatmentDue),
                residual);
        boolean voided = risk.assess(assessor, assessment, scales, reviewOn, clock.instant());
        if (!risks.update(risk, scales)) {
            throw new RiskConflict("risk " + riskId);
        }
        var inherent = risk.inherent(scales);
        var after = risk.residual(scales);
        trail.record(tenantId, "risk.assessed", "Risk", riskId.toString(),
                "リスクを評価 (第" + risk.assessmentNumber() + "版): 固有 " + inherent.level() + " → 残留 " + after.level()
                        + (voided ? "、以前の受容は無効" : ""));
        return risk;
    }

    /** Accepts the latest assessment; refused to its assessor and to anyone without RISK_ACCEPT. */
    @Transactional
    public Risk accept(UUID tenantId, UUID riskId, long version, StaffId by, boolean holdsAcceptPermission,
            String rationale, LocalDate expiresOn) {
        var risk = risk(tenantId, riskId);
        if (risk.version() != version) {
            throw new RiskConflict("risk " + riskId);
        }
        risk.accept(by, holdsAcceptPermission, rationale, expiresOn, calendar.today(tenantId), clock.instant());
        if (!risks.update(risk, scales(tenantId))) {
            throw new RiskConflict("risk " + riskId);
        }
        trail.record(tenantId, "risk.accepted", "Risk", riskId.toString(),
                "リスクを受容 (第" + risk.assessmentNumber() + "版、" + expiresOn + " まで): " + rationale.strip());
        return risk;
    }

    /** Returns every risk whose acceptance ended before today to review; answers how many. Idempotent. */
    @Transactional
    public int expireAcceptances(UUID tenantId) {
        var today = calendar.today(tenantId);
        var scales = scales(tenantId);
        int n = 0;
        for (var risk : risks.acceptanceExpired(tenantId, today)) {
            var expired = risk.expireAcceptance(today);
            if (expired != null && risks.update(risk, scales)) {
                trail.record(tenantId, "risk.acceptance.expired", "Risk", risk.id().toString(),
                        "受容の期限 (" + expired.expiresOn() + ") が過ぎたため要見直しに戻した: " + risk.title());
                n++;
            }
        }
        return n;
    }

    @Transactional(readOnly = true)
    public Risk risk(UUID tenantId, UUID riskId) {
        return risks.find(tenantId, riskId).orElseThrow(() -> new RiskNotFound(riskId));
    }
}
