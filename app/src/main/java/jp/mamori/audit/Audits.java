package jp.mamori.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.correction.CorrectiveAction;
import jp.mamori.correction.CorrectiveActionSource;
import jp.mamori.correction.CorrectiveActionState;
import jp.mamori.correction.CorrectiveActions;
import jp.mamori.finding.Severity;
import jp.mamori.kernel.EditConflict;
import jp.mamori.kernel.StaffId;
import jp.mamori.kernel.TenantId;
import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;
import jp.mamori.web.ResultPage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of 監査: plan an engagement, assign auditors (refused when independence fails), record findings
 * (each opens its corrective action in the audited unit), and report. A finding is closed when its corrective action
 * is verified. Each change writes one trail entry in its transaction; a stale version is an {@link EditConflict}.
 * Thread-safe.
 */
@Service
class Audits {

    /** A finding with its corrective action as it stands. */
    record FindingView(Engagement.Finding finding, CorrectiveAction action) {
        boolean closed() {
            return action != null && action.state() == CorrectiveActionState.VERIFIED;
        }
    }

    private final Engagements engagements;
    private final Organization organization;
    private final StaffDirectory directory;
    private final CorrectiveActions corrections;
    private final TenantCalendar calendar;
    private final Trail trail;
    private final ApplicationEventPublisher events;

    Audits(Engagements engagements, Organization organization, StaffDirectory directory, CorrectiveActions corrections,
            TenantCalendar calendar, Trail trail, ApplicationEventPublisher events) {
        this.engagements = engagements;
        this.organization = organization;
        this.directory = directory;
        this.corrections = corrections;
        this.calendar = calendar;
        this.trail = trail;
        this.events = events;
    }

    LocalDate today(UUID tenantId) {
        return calendar.today(tenantId);
    }

    @Transactional(readOnly = true)
    Engagement engagement(UUID tenantId, UUID id) {
        return engagements.find(tenantId, id).orElseThrow(() -> new EngagementNotFound(id));
    }

    @Transactional(readOnly = true)
    ResultPage<Engagement> page(UUID tenantId, String text, int page, int size) {
        return engagements.page(tenantId, text, page, size);
    }

    @Transactional(readOnly = true)
    long count(UUID tenantId) {
        return engagements.count(tenantId);
    }

    @Transactional
    UUID plan(UUID tenantId, String title, LocalDate from, LocalDate to, String criteria, Set<UUID> scope) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new AuditRefused("audit.refused.title", 200);
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new AuditRefused("audit.refused.period");
        }
        if (scope.isEmpty()) {
            throw new AuditRefused("audit.refused.noScope");
        }
        var known = organization.units(tenantId).stream().map(UnitSummary::id).collect(java.util.stream.Collectors.toSet());
        if (!known.containsAll(scope)) {
            throw new AuditRefused("audit.refused.unknownUnit");
        }
        var e = new Engagement(UUID.randomUUID(), tenantId, title.strip(), from, to,
                criteria == null ? "" : criteria.strip(), Engagement.State.PLANNED, 0, scope, Set.of());
        engagements.insert(e);
        trail.record(tenantId, "audit.engagement.planned", "AuditEngagement", e.id().toString(),
                "監査「" + e.title() + "」を計画（対象期間 " + from + "〜" + to + "、対象 " + names(tenantId, scope) + "）");
        return e.id();
    }

    /**
     * Assigns an auditor. Refused ({@code audit.refused.independence}, naming the rule and the unit) when the person
     * belonged to a scope unit — or one containing it, or one it contains — on any day of the audited period.
     */
    @Transactional
    void assignAuditor(UUID tenantId, UUID id, long version, UUID staffId) {
        var e = engagement(tenantId, id);
        var staff = organization.staffMember(tenantId, staffId)
                .orElseThrow(() -> new AuditRefused("audit.refused.unknownStaff"));
        if (e.auditors().contains(staffId)) {
            throw new AuditRefused("audit.refused.alreadyAuditor", staff.name());
        }
        var units = units(tenantId);
        var stints = directory.whereWorked(new TenantId(tenantId), new StaffId(staffId), e.periodFrom(), e.periodTo())
                .stream().map(m -> new AuditorIndependence.Stint(m.unitId().value(),
                        units.containsKey(m.unitId().value()) ? units.get(m.unitId().value()).name() : "",
                        m.from(), m.to()))
                .toList();
        AuditorIndependence.check(e.scope(), stints, u -> organization.unitWithDescendants(tenantId, u))
                .orThrow(AuditRefused::new);
        bump(e, version, e.state());
        engagements.addAuditor(tenantId, id, staffId);
        trail.record(tenantId, "audit.auditor.assigned", "AuditEngagement", id.toString(),
                "監査「" + e.title() + "」の監査人に " + staff.name() + " を指名");
    }

    /** Records a finding in a scope unit and opens its corrective action there, due on {@code due}. */
    @Transactional
    UUID recordFinding(UUID tenantId, UUID id, long version, UUID unitId, Severity severity, String criterion,
            String condition, String recommendation, LocalDate due) {
        var e = engagement(tenantId, id);
        if (e.state() == Engagement.State.REPORTED) {
            throw new AuditRefused("audit.refused.reported");
        }
        if (e.auditors().isEmpty()) {
            throw new AuditRefused("audit.refused.noAuditor");
        }
        if (unitId == null || e.scope().stream().noneMatch(s -> organization.unitWithDescendants(tenantId, s).contains(unitId))) {
            throw new AuditRefused("audit.refused.unitNotInScope");
        }
        if (severity == null || blank(criterion) || blank(condition) || blank(recommendation)) {
            throw new AuditRefused("audit.refused.findingIncomplete");
        }
        if (due == null) {
            throw new AuditRefused("audit.refused.dueMissing");
        }
        bump(e, version, Engagement.State.FIELDWORK);
        var findingId = UUID.randomUUID();
        var action = corrections.open(tenantId, new CorrectiveActionSource("audit", "AuditFinding",
                findingId.toString(), e.title()), clip(condition.strip(), 200), unitId, due);
        engagements.insertFinding(tenantId, id, new Engagement.Finding(findingId, unitId, severity, criterion.strip(),
                condition.strip(), recommendation.strip(), action, 0));
        trail.record(tenantId, "audit.finding.recorded", "AuditEngagement", id.toString(),
                "監査「" + e.title() + "」の指摘事項（" + severity + "）: " + clip(condition.strip(), 100));
        events.publishEvent(new AuditFindingRecorded(tenantId, id, findingId, unitId, severity, condition.strip()));
        return findingId;
    }

    @Transactional
    void report(UUID tenantId, UUID id, long version) {
        var e = engagement(tenantId, id);
        bump(e, version, Engagement.State.REPORTED);
        trail.record(tenantId, "audit.engagement.reported", "AuditEngagement", id.toString(),
                "監査「" + e.title() + "」の監査報告を確定（指摘 " + engagements.findings(tenantId, id).size() + " 件）");
    }

    @Transactional(readOnly = true)
    List<FindingView> findings(UUID tenantId, UUID id) {
        return engagements.findings(tenantId, id).stream()
                .map(f -> new FindingView(f, f.correctiveActionId() == null ? null
                        : corrections.get(tenantId, f.correctiveActionId())))
                .toList();
    }

    java.util.Map<UUID, UnitSummary> units(UUID tenantId) {
        var map = new java.util.HashMap<UUID, UnitSummary>();
        organization.units(tenantId).forEach(u -> map.put(u.id(), u));
        return map;
    }

    private String names(UUID tenantId, Set<UUID> scope) {
        var units = units(tenantId);
        return String.join("・", scope.stream().map(u -> units.get(u).name()).sorted().toList());
    }

    private void bump(Engagement e, long version, Engagement.State state) {
        if (e.version() != version || !engagements.touch(e.tenantId(), e.id(), version, state)) {
            throw new EditConflict("audit engagement " + e.id() + " is at version " + e.version());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
