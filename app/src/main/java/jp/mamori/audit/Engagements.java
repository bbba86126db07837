package jp.mamori.audit;

import java.sql.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.mamori.finding.Severity;
import jp.mamori.web.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The engagements, their scope, auditors and findings; every query filters by tenant; updates name the version. */
@Component
class Engagements {

    private final JdbcClient jdbc;

    Engagements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Engagement e) {
        jdbc.sql("""
                INSERT INTO audit_engagement (id, tenant_id, title, period_from, period_to, criteria, state, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(e.id(), e.tenantId(), e.title(), Date.valueOf(e.periodFrom()), Date.valueOf(e.periodTo()),
                        e.criteria(), e.state().name()).update();
        e.scope().forEach(u -> jdbc.sql("INSERT INTO audit_scope_unit (engagement_id, tenant_id, unit_id) VALUES (?, ?, ?)")
                .params(e.id(), e.tenantId(), u).update());
    }

    Optional<Engagement> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM audit_engagement WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query((rs, n) -> new Engagement(id, tenantId, rs.getString("title"),
                        rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                        rs.getString("criteria"), Engagement.State.valueOf(rs.getString("state")),
                        rs.getLong("version"), ids("audit_scope_unit", "unit_id", tenantId, id),
                        ids("audit_auditor", "staff_id", tenantId, id)))
                .optional();
    }

    private Set<UUID> ids(String table, String column, UUID tenantId, UUID id) {
        return new HashSet<>(jdbc.sql("SELECT " + column + " FROM " + table + " WHERE tenant_id = ? AND engagement_id = ?")
                .params(tenantId, id).query(UUID.class).list());
    }

    ResultPage<Engagement> page(UUID tenantId, String text, int page, int size) {
        var like = "%" + (text == null ? "" : text.strip()) + "%";
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_engagement WHERE tenant_id = ? AND title LIKE ?")
                .params(tenantId, like).query(Long.class).single();
        var ids = jdbc.sql("""
                SELECT id FROM audit_engagement WHERE tenant_id = ? AND title LIKE ?
                ORDER BY period_from DESC, title LIMIT ? OFFSET ?""")
                .params(tenantId, like, size, page * size).query(UUID.class).list();
        return new ResultPage<>(ids.stream().map(id -> find(tenantId, id).orElseThrow()).toList(), page, size, total);
    }

    long count(UUID tenantId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_engagement WHERE tenant_id = ?").param(tenantId)
                .query(Long.class).single();
    }

    /** Bumps the version if it is still {@code version}; false when someone changed the engagement since. */
    boolean touch(UUID tenantId, UUID id, long version, Engagement.State state) {
        return jdbc.sql("UPDATE audit_engagement SET version = version + 1, state = ? WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(state.name(), tenantId, id, version).update() == 1;
    }

    void addAuditor(UUID tenantId, UUID id, UUID staffId) {
        jdbc.sql("INSERT INTO audit_auditor (engagement_id, tenant_id, staff_id) VALUES (?, ?, ?)")
                .params(id, tenantId, staffId).update();
    }

    void insertFinding(UUID tenantId, UUID engagementId, Engagement.Finding f) {
        jdbc.sql("""
                INSERT INTO audit_finding (id, tenant_id, engagement_id, unit_id, severity, criterion, condition_text,
                    recommendation, corrective_action_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(f.id(), tenantId, engagementId, f.unitId(), f.severity().name(), f.criterion(), f.condition(),
                        f.recommendation(), f.correctiveActionId()).update();
    }

    List<Engagement.Finding> findings(UUID tenantId, UUID engagementId) {
        return jdbc.sql("SELECT * FROM audit_finding WHERE tenant_id = ? AND engagement_id = ? ORDER BY severity, id")
                .params(tenantId, engagementId)
                .query((rs, n) -> new Engagement.Finding(rs.getObject("id", UUID.class),
                        rs.getObject("unit_id", UUID.class), Severity.valueOf(rs.getString("severity")),
                        rs.getString("criterion"), rs.getString("condition_text"), rs.getString("recommendation"),
                        rs.getObject("corrective_action_id", UUID.class), rs.getLong("version")))
                .list();
    }
}
