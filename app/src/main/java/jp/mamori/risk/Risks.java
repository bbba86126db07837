package jp.mamori.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.catalog.ImplementationStatus;
import jp.mamori.kernel.AssetId;
import jp.mamori.kernel.StaffId;
import jp.mamori.kernel.UnitId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The risks of every tenant, always read and written with the tenant id; writes check the version. */
@Repository
class Risks {

    private final JdbcClient jdbc;
    private final Clock clock;

    Risks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<RiskScales> scales(UUID tenantId) {
        return jdbc.sql("SELECT definition FROM risk_scales WHERE tenant_id = ?").param(tenantId)
                .query(String.class).optional().map(ScalesText::read);
    }

    long scalesVersion(UUID tenantId) {
        return jdbc.sql("SELECT version FROM risk_scales WHERE tenant_id = ?").param(tenantId).query(Long.class)
                .optional().orElse(-1L);
    }

    /** Writes the scales when {@code version} is the stored one (or -1 for none yet); false on a stale edit. */
    boolean saveScales(UUID tenantId, RiskScales scales, long version) {
        if (version < 0) {
            return jdbc.sql("INSERT INTO risk_scales (tenant_id, definition, version) VALUES (?, ?, 0)")
                    .params(tenantId, ScalesText.write(scales)).update() == 1;
        }
        return jdbc.sql("UPDATE risk_scales SET definition = ?, version = version + 1 WHERE tenant_id = ? AND version = ?")
                .params(ScalesText.write(scales), tenantId, version).update() == 1;
    }

    Optional<Risk> find(UUID tenantId, UUID id) {
        var risk = jdbc.sql("SELECT * FROM risk WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(this::row).optional();
        return risk.map(r -> withMeasures(r.risk, r));
    }

    Optional<UUID> bySource(UUID tenantId, String source) {
        return jdbc.sql("SELECT id FROM risk WHERE tenant_id = ? AND source = ?").params(tenantId, source)
                .query(UUID.class).optional();
    }

    /** Accepted risks whose acceptance ended before {@code today}. */
    List<Risk> acceptanceExpired(UUID tenantId, LocalDate today) {
        return jdbc.sql("SELECT * FROM risk WHERE tenant_id = ? AND status = 'ACCEPTED' AND acceptance_expires_on < ?")
                .params(tenantId, today).query(this::row).list().stream().map(r -> withMeasures(r.risk, r)).toList();
    }

    /** Risks whose current acceptance (of the assessment as it is) ended before {@code today}. */
    List<Risk> acceptanceLapsed(UUID tenantId, LocalDate today) {
        return jdbc.sql("""
                SELECT * FROM risk WHERE tenant_id = ? AND status IN ('ACCEPTED', 'REVIEW')
                AND acceptance_expires_on < ? AND accepted_number = assessment_number""")
                .params(tenantId, today).query(this::row).list().stream().map(r -> withMeasures(r.risk, r)).toList();
    }

    void insert(Risk risk, RiskScales scales) {
        jdbc.sql("""
                INSERT INTO risk (id, tenant_id, title, threat_ids, own_threat, target, asset_id, vulnerabilities,
                    owner_unit_id, status, assessment_number, source, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)""")
                .params(risk.id(), risk.tenantId(), risk.title(), String.join(",", risk.threatIds()), risk.ownThreat(),
                        risk.target().name(), risk.assetId() == null ? null : risk.assetId().value(),
                        risk.vulnerabilities(), risk.ownerUnit() == null ? null : risk.ownerUnit().value(),
                        risk.status().name(), risk.source(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
        if (risk.assessment() != null) {
            update(risk, scales);
        }
    }

    /** Writes the assessment, acceptance and status; false when someone else wrote the risk since it was read. */
    boolean update(Risk risk, RiskScales scales) {
        var a = risk.assessment();
        var params = new ArrayList<Object>();
        params.add(risk.status().name());
        if (a == null) {
            params.addAll(Arrays.asList(new Object[24]));
        } else {
            params.add(a.likelihood());
            for (var axis : ImpactAxis.values()) {
                var impact = a.impacts().get(axis);
                params.add(impact.proposed());
                params.add(impact.chosen());
                params.add(impact.reason());
            }
            params.add(a.treatment().option().name());
            params.add(a.treatment().note());
            params.add(a.treatment().dueOn());
            params.add(a.residual().likelihood());
            params.add(a.residual().impact(ImpactAxis.CONFIDENTIALITY));
            params.add(a.residual().impact(ImpactAxis.INTEGRITY));
            params.add(a.residual().impact(ImpactAxis.AVAILABILITY));
            var inherent = risk.inherent(scales);
            var residual = risk.residual(scales);
            params.add(inherent.impactColumn());
            params.add(inherent.level().name());
            params.add(residual.impactColumn());
            params.add(residual.level().name());
        }
        var acc = risk.acceptance();
        params.add(risk.assessmentNumber());
        params.add(risk.assessedBy() == null ? null : risk.assessedBy().value());
        params.add(utc(risk.assessedAt()));
        params.add(acc == null ? null : acc.acceptedBy().value());
        params.add(acc == null ? null : acc.rationale());
        params.add(acc == null ? null : acc.expiresOn());
        params.add(acc == null ? null : acc.assessmentNumber());
        params.add(acc == null ? null : utc(acc.acceptedAt()));
        params.add(risk.reviewOn());
        params.add(risk.tenantId());
        params.add(risk.id());
        params.add(risk.version());
        int n = jdbc.sql("""
                UPDATE risk SET status = ?, likelihood = ?, c_proposed = ?, c_chosen = ?, c_reason = ?,
                    i_proposed = ?, i_chosen = ?, i_reason = ?, a_proposed = ?, a_chosen = ?, a_reason = ?,
                    treatment = ?, treatment_note = ?, treatment_due = ?, residual_likelihood = ?, residual_c = ?,
                    residual_i = ?, residual_a = ?, inherent_column = ?, inherent_level = ?, residual_column = ?,
                    residual_level = ?, assessment_number = ?, assessed_by = ?, assessed_at = ?, accepted_by = ?,
                    acceptance_rationale = ?, acceptance_expires_on = ?, accepted_number = ?, accepted_at = ?,
                    review_on = ?, version = version + 1
                WHERE tenant_id = ? AND id = ? AND version = ?""").params(params).update();
        if (n != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM risk_measure WHERE tenant_id = ? AND risk_id = ?").params(risk.tenantId(), risk.id())
                .update();
        if (a != null) {
            int position = 0;
            for (var m : a.treatment().measures()) {
                jdbc.sql("INSERT INTO risk_measure (risk_id, position, tenant_id, measure_id, status) VALUES (?, ?, ?, ?, ?)")
                        .params(risk.id(), position++, risk.tenantId(), m.measureId(), m.status().name()).update();
            }
        }
        risk.written(risk.version() + 1);
        return true;
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private record Row(Risk risk, String treatment, String note, LocalDate due, int[] residual, int likelihood,
            int[][] impacts, String[] reasons) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        var threats = rs.getString("threat_ids");
        var assetId = rs.getObject("asset_id", UUID.class);
        var unit = rs.getObject("owner_unit_id", UUID.class);
        var assessedBy = rs.getObject("assessed_by", UUID.class);
        var assessedAt = rs.getObject("assessed_at", OffsetDateTime.class);
        var acceptedBy = rs.getObject("accepted_by", UUID.class);
        RiskAcceptance acceptance = acceptedBy == null ? null
                : new RiskAcceptance(StaffId.of(acceptedBy), rs.getString("acceptance_rationale"),
                        rs.getObject("acceptance_expires_on", LocalDate.class), rs.getInt("accepted_number"),
                        rs.getObject("accepted_at", OffsetDateTime.class).toInstant());
        var risk = new Risk(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("title"), threats.isEmpty() ? List.of() : List.of(threats.split(",")),
                rs.getString("own_threat"), RiskTarget.valueOf(rs.getString("target")),
                assetId == null ? null : AssetId.of(assetId), rs.getString("vulnerabilities"),
                unit == null ? null : UnitId.of(unit), RiskStatus.valueOf(rs.getString("status")), null,
                rs.getInt("assessment_number"), assessedBy == null ? null : StaffId.of(assessedBy),
                assessedAt == null ? null : assessedAt.toInstant(), acceptance,
                rs.getObject("review_on", LocalDate.class), rs.getString("source"), rs.getLong("version"));
        var treatment = rs.getString("treatment");
        if (treatment == null) {
            return new Row(risk, null, null, null, null, 0, null, null);
        }
        int[][] impacts = {{rs.getInt("c_proposed"), rs.getInt("c_chosen")}, {rs.getInt("i_proposed"),
                rs.getInt("i_chosen")}, {rs.getInt("a_proposed"), rs.getInt("a_chosen")}};
        String[] reasons = {rs.getString("c_reason"), rs.getString("i_reason"), rs.getString("a_reason")};
        int[] residual = {rs.getInt("residual_likelihood"), rs.getInt("residual_c"), rs.getInt("residual_i"),
                rs.getInt("residual_a")};
        return new Row(risk, treatment, rs.getString("treatment_note"), rs.getObject("treatment_due", LocalDate.class),
                residual, rs.getInt("likelihood"), impacts, reasons);
    }

    private Risk withMeasures(Risk risk, Row row) {
        if (row.treatment == null) {
            return risk;
        }
        var measures = jdbc.sql("SELECT measure_id, status FROM risk_measure WHERE tenant_id = ? AND risk_id = ? ORDER BY position")
                .params(risk.tenantId(), risk.id())
                .query((rs, n) -> new ChosenMeasure(rs.getString("measure_id"),
                        ImplementationStatus.valueOf(rs.getString("status")))).list();
        var impacts = new EnumMap<ImpactAxis, AxisImpact>(ImpactAxis.class);
        for (var axis : ImpactAxis.values()) {
            int i = axis.ordinal();
            impacts.put(axis, new AxisImpact(axis, row.impacts[i][0], row.impacts[i][1], row.reasons[i]));
        }
        var assessment = new Assessment(row.likelihood, impacts,
                new Treatment(TreatmentOption.valueOf(row.treatment), measures, row.note, row.due),
                Estimate.of(row.residual[0], row.residual[1], row.residual[2], row.residual[3]));
        return risk.withAssessment(assessment);
    }
}
