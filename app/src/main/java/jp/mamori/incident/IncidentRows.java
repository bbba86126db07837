package jp.mamori.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.mamori.kernel.EditConflict;
import jp.mamori.web.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores incidents and their obligations; every statement filters by tenant, and an update succeeds only on the
 * version it was read at (else {@link EditConflict}). Thread-safe.
 */
@Repository
class IncidentRows {

    private static final String COLUMNS = "id, tenant_id, unit_id, reported_by, reporter_name, contact, on_behalf_of,"
            + " reported_at, title, what_happened, discovered_on, affected, personal_data, people_affected,"
            + " sensitive_data, my_number_data, malice_suspected, financial_harm, lost_device, state, severity, cause,"
            + " prevention, closed_at, version";

    private final JdbcClient jdbc;

    IncidentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Incident i) {
        var f = i.facts();
        jdbc.sql("INSERT INTO incident (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?)")
                .params(i.id(), i.tenantId(), i.unitId(), i.reportedBy(), i.reporterName(), i.contact(),
                        i.onBehalfOf(), utc(i.reportedAt()), f.title(), f.whatHappened(), f.discoveredOn(),
                        f.affected(), f.personalData(), f.peopleAffected(), f.sensitiveData(), f.myNumberData(),
                        f.maliceSuspected(), f.financialHarmPossible(), f.lostDevice(), i.state().name(),
                        i.severity(), i.cause(), i.prevention(), utc(i.closedAt()), i.version())
                .update();
        writeObligations(i);
    }

    void update(Incident i) {
        var f = i.facts();
        int n = jdbc.sql("UPDATE incident SET title = ?, what_happened = ?, discovered_on = ?, affected = ?,"
                        + " personal_data = ?, people_affected = ?, sensitive_data = ?, my_number_data = ?,"
                        + " malice_suspected = ?, financial_harm = ?, lost_device = ?, state = ?, severity = ?,"
                        + " cause = ?, prevention = ?, closed_at = ?, version = version + 1"
                        + " WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(f.title(), f.whatHappened(), f.discoveredOn(), f.affected(), f.personalData(),
                        f.peopleAffected(), f.sensitiveData(), f.myNumberData(), f.maliceSuspected(),
                        f.financialHarmPossible(), f.lostDevice(), i.state().name(), i.severity(), i.cause(),
                        i.prevention(), utc(i.closedAt()), i.tenantId(), i.id(), i.version())
                .update();
        if (n != 1) {
            throw new EditConflict("incident " + i.id() + " is no longer at version " + i.version());
        }
        jdbc.sql("DELETE FROM incident_obligation WHERE tenant_id = ? AND incident_id = ?").params(i.tenantId(), i.id())
                .update();
        writeObligations(i);
    }

    Optional<Incident> find(UUID tenantId, UUID id) {
        var obligations = jdbc.sql("SELECT * FROM incident_obligation WHERE tenant_id = ? AND incident_id = ?"
                        + " ORDER BY body").params(tenantId, id)
                .query((rs, n) -> new TrackedObligation(ReportingBody.valueOf(rs.getString("body")),
                        reasons(rs.getString("reasons")), rs.getObject("preliminary_due", LocalDate.class),
                        rs.getObject("final_due", LocalDate.class), rs.getBoolean("withdrawn"),
                        instant(rs, "preliminary_sent_at"), rs.getString("preliminary_sent_by"),
                        rs.getString("preliminary_note"), instant(rs, "final_sent_at"), rs.getString("final_sent_by"),
                        rs.getString("final_note")))
                .list();
        var sorted = new ArrayList<>(obligations);
        sorted.sort((a, b) -> a.body().compareTo(b.body()));
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query((rs, n) -> map(rs, sorted)).optional();
    }

    /**
     * One page of incidents, newest first: within {@code units} (empty: the whole tenant) or, with
     * {@code reporter}, only that person's reports.
     */
    ResultPage<Incident> page(UUID tenantId, IncidentQuery query, Optional<Set<UUID>> units, String reporter) {
        var where = new StringBuilder(" WHERE tenant_id = ?");
        var params = new ArrayList<Object>(List.of(tenantId));
        if (reporter != null) {
            where.append(" AND reported_by = ?");
            params.add(reporter);
        } else if (units.isPresent()) {
            if (units.get().isEmpty()) {
                return new ResultPage<>(List.of(), query.page(), Math.min(query.size(), ResultPage.MAX_SIZE), 0);
            }
            where.append(" AND unit_id IN (").append(String.join(", ", Collections.nCopies(units.get().size(), "?")))
                    .append(")");
            params.addAll(units.get());
        }
        if (!query.text().isEmpty()) {
            where.append(" AND (LOWER(title) LIKE ? OR LOWER(what_happened) LIKE ? OR LOWER(affected) LIKE ?)");
            var like = "%" + query.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            params.addAll(List.of(like, like, like));
        }
        if (query.state() != null) {
            where.append(" AND state = ?");
            params.add(query.state().name());
        } else if (query.openOnly()) {
            where.append(" AND state <> 'CLOSED'");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM incident" + where).params(params).query(Long.class).single();
        int size = query.size();
        var pageParams = new ArrayList<Object>(params);
        pageParams.add(size);
        pageParams.add((long) query.page() * (size == Integer.MAX_VALUE ? 0 : size));
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM incident" + where
                        + " ORDER BY reported_at DESC, id LIMIT ? OFFSET ?")
                .params(pageParams).query((rs, n) -> map(rs, List.of())).list();
        return new ResultPage<>(items, query.page(), Math.min(size, ResultPage.MAX_SIZE), total);
    }

    /** Reports still to send whose next due date is on or before {@code day}, over the tenant's open incidents. */
    long reportsDue(UUID tenantId, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM incident_obligation o JOIN incident i ON i.id = o.incident_id"
                        + " WHERE o.tenant_id = ? AND i.tenant_id = ? AND o.withdrawn = FALSE AND ("
                        + " (o.preliminary_sent_at IS NULL AND o.preliminary_due <= ?)"
                        + " OR (o.preliminary_sent_at IS NOT NULL AND o.final_due IS NOT NULL"
                        + " AND o.final_sent_at IS NULL AND o.final_due <= ?))")
                .params(tenantId, tenantId, day, day).query(Long.class).single();
    }

    /** Records the plan review on the incident at {@code version}, moving it to the next version. */
    void recordPlanReview(UUID tenantId, UUID id, long version, String partsUsed, String changes, Instant at) {
        int n = jdbc.sql("UPDATE incident SET plan_parts_used = ?, plan_changes = ?, plan_reviewed_at = ?,"
                        + " version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(partsUsed, changes, utc(at), tenantId, id, version).update();
        if (n != 1) {
            throw new EditConflict("incident " + id + " is no longer at version " + version);
        }
    }

    Optional<PlanReview> planReview(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT id, title, plan_parts_used, plan_changes, plan_reviewed_at FROM incident"
                        + " WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query((rs, n) -> planReview(rs)).optional();
    }

    /** The plan reviews recorded from {@code from} (inclusive) to {@code to} (exclusive) that ask for a change. */
    List<PlanReview> planChangesBetween(UUID tenantId, Instant from, Instant to) {
        return jdbc.sql("SELECT id, title, plan_parts_used, plan_changes, plan_reviewed_at FROM incident"
                        + " WHERE tenant_id = ? AND plan_reviewed_at >= ? AND plan_reviewed_at < ?"
                        + " AND plan_changes IS NOT NULL AND plan_changes <> '' ORDER BY plan_reviewed_at")
                .params(tenantId, utc(from), utc(to)).query((rs, n) -> planReview(rs)).list();
    }

    private static PlanReview planReview(ResultSet rs) throws SQLException {
        return new PlanReview(rs.getObject("id", UUID.class), rs.getString("title"),
                rs.getString("plan_parts_used") == null ? "" : rs.getString("plan_parts_used"),
                rs.getString("plan_changes") == null ? "" : rs.getString("plan_changes"),
                instant(rs, "plan_reviewed_at"));
    }

    /** Records when the incident reached 封じ込め (once: a later call keeps the first moment). */
    void markContained(UUID tenantId, UUID id, Instant at) {
        jdbc.sql("UPDATE incident SET contained_at = ? WHERE tenant_id = ? AND id = ? AND contained_at IS NULL")
                .params(utc(at), tenantId, id).update();
    }

    /** What the yearly statistics count of one incident. */
    record Counted(String severity, boolean personalData, boolean lostDevice, boolean maliceSuspected,
            IncidentState state, Instant reportedAt, Instant containedAt, Instant closedAt) {
    }

    /** The tenant's incidents reported from {@code from} (inclusive) to {@code to} (exclusive). */
    List<Counted> reportedBetween(UUID tenantId, Instant from, Instant to) {
        return jdbc.sql("SELECT severity, personal_data, lost_device, malice_suspected, state, reported_at,"
                        + " contained_at, closed_at FROM incident WHERE tenant_id = ? AND reported_at >= ?"
                        + " AND reported_at < ?")
                .params(tenantId, utc(from), utc(to))
                .query((rs, n) -> new Counted(rs.getString("severity"), rs.getBoolean("personal_data"),
                        rs.getBoolean("lost_device"), rs.getBoolean("malice_suspected"),
                        IncidentState.valueOf(rs.getString("state")), instant(rs, "reported_at"),
                        instant(rs, "contained_at"), instant(rs, "closed_at")))
                .list();
    }

    /** A report still to send for an open incident, due on or before a day: what the reminders are about. */
    record DueReport(UUID incidentId, ReportingBody body, ReportStage stage, LocalDate due) {
    }

    /** The 速報 and 確報 still to send, due on or before {@code day}, of the tenant's open incidents. */
    List<DueReport> reportsDueBy(UUID tenantId, LocalDate day) {
        return jdbc.sql("SELECT o.incident_id, o.body, o.preliminary_sent_at, o.preliminary_due, o.final_due"
                        + " FROM incident_obligation o JOIN incident i ON i.id = o.incident_id"
                        + " WHERE o.tenant_id = ? AND i.tenant_id = ? AND i.state <> 'CLOSED' AND o.withdrawn = FALSE"
                        + " AND ((o.preliminary_sent_at IS NULL AND o.preliminary_due <= ?)"
                        + " OR (o.preliminary_sent_at IS NOT NULL AND o.final_due IS NOT NULL"
                        + " AND o.final_sent_at IS NULL AND o.final_due <= ?)) ORDER BY o.incident_id, o.body")
                .params(tenantId, tenantId, day, day)
                .query((rs, n) -> {
                    boolean preliminary = rs.getObject("preliminary_sent_at") == null;
                    return new DueReport(rs.getObject("incident_id", UUID.class),
                            ReportingBody.valueOf(rs.getString("body")),
                            preliminary ? ReportStage.PRELIMINARY : ReportStage.FINAL,
                            rs.getObject(preliminary ? "preliminary_due" : "final_due", LocalDate.class));
                }).list();
    }

    private void writeObligations(Incident i) {
        for (var o : i.obligations()) {
            jdbc.sql("INSERT INTO incident_obligation (incident_id, body, tenant_id, reasons, preliminary_due,"
                            + " final_due, withdrawn, preliminary_sent_at, preliminary_sent_by, preliminary_note,"
                            + " final_sent_at, final_sent_by, final_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(i.id(), o.body().name(), i.tenantId(), String.join(",", o.reasons()), o.preliminaryDue(),
                            o.finalDue(), o.withdrawn(), utc(o.preliminarySentAt()), o.preliminarySentBy(),
                            o.preliminaryNote(), utc(o.finalSentAt()), o.finalSentBy(), o.finalNote())
                    .update();
        }
    }

    private static List<String> reasons(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Incident map(ResultSet rs, List<TrackedObligation> obligations) throws SQLException {
        var facts = new IncidentFacts(rs.getString("title"), rs.getString("what_happened"),
                rs.getObject("discovered_on", LocalDate.class), rs.getString("affected"),
                rs.getBoolean("personal_data"), rs.getInt("people_affected"), rs.getBoolean("sensitive_data"),
                rs.getBoolean("my_number_data"), rs.getBoolean("malice_suspected"), rs.getBoolean("financial_harm"),
                rs.getBoolean("lost_device"));
        return new Incident(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getString("reported_by"), rs.getString("reporter_name"),
                rs.getString("contact"), rs.getString("on_behalf_of"), instant(rs, "reported_at"), facts,
                IncidentState.valueOf(rs.getString("state")), rs.getString("severity"), rs.getString("cause"),
                rs.getString("prevention"), instant(rs, "closed_at"), obligations, rs.getLong("version"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
