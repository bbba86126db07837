package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.correction.CorrectiveActionState;
import jp.mamori.correction.CorrectiveActions;
import jp.mamori.finding.Severity;
import jp.mamori.kernel.Decision;
import jp.mamori.kernel.EditConflict;
import jp.mamori.organization.Organization;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * 監査 on the demo town: auditor independence (own unit, a sub-unit, the unit containing theirs; a unit elsewhere is
 * fine), a finding opening its corrective action in the audited unit, closed by verification, and the report state.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@RecordApplicationEvents
class AuditTests {

    @Autowired
    Audits audits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organization organization;
    @Autowired
    CorrectiveActions corrections;
    @Autowired
    ApplicationEvents events;

    UUID tenant;

    @BeforeEach
    void setUp() {
        tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND code = ?").params(tenant, code)
                .query(UUID.class).single();
    }

    private UUID staffIn(String unitCode) {
        return jdbc.sql("""
                SELECT s.id FROM staff s JOIN org_unit u ON u.id = s.unit_id
                WHERE s.tenant_id = ? AND u.code = ? ORDER BY s.staff_number""")
                .params(tenant, unitCode).query(UUID.class).list().get(0);
    }

    private long version(UUID id) {
        return audits.engagement(tenant, id).version();
    }

    private UUID engagement(String... unitCodes) {
        var today = audits.today(tenant);
        return Actor.system("test").callAs(() -> audits.plan(tenant, "令和8年度 情報セキュリティ監査",
                today.minusMonths(2), today, "MIC-STD-1", Set.of(java.util.Arrays.stream(unitCodes).map(this::unit)
                        .toArray(UUID[]::new))));
    }

    @Test
    void independenceRefusesTheOwnUnitItsSubUnitsAndTheUnitAboveNamingTheRule() {
        var scope = Set.of(UUID.randomUUID());
        var sub = UUID.randomUUID();
        var other = UUID.randomUUID();
        var tree = java.util.Map.of(scope.iterator().next(), Set.of(scope.iterator().next(), sub), sub, Set.of(sub),
                other, Set.of(other));
        var day = LocalDate.of(2026, 4, 1);
        var inSub = AuditorIndependence.check(scope, List.of(new AuditorIndependence.Stint(sub, "税務係", day, null)),
                tree::get);
        assertThat(inSub).isInstanceOfSatisfying(Decision.Refusal.class,
                r -> assertThat(r.messageKey()).isEqualTo("audit.refused.independence"));
        assertThat(AuditorIndependence.check(Set.of(sub), List.of(new AuditorIndependence.Stint(scope.iterator().next(),
                "税務住民課", day, null)), tree::get).allowed()).isFalse();
        assertThat(AuditorIndependence.check(scope, List.of(new AuditorIndependence.Stint(other, "企画係", day, null)),
                tree::get).allowed()).isTrue();
    }

    @Test
    void anAuditorFromTheAuditedUnitIsRefusedOneFromAnotherUnitIsAssigned() {
        var id = engagement("120");
        assertThatThrownBy(() -> Actor.system("test").runAs(() -> audits.assignAuditor(tenant, id, version(id),
                staffIn("1201")))).isInstanceOf(AuditRefused.class).hasMessageContaining("audit.refused.independence")
                .hasMessageContaining("税務係");
        assertThat(audits.engagement(tenant, id).auditors()).isEmpty();
        var auditor = staffIn("1101");
        Actor.system("test").runAs(() -> audits.assignAuditor(tenant, id, version(id), auditor));
        assertThat(audits.engagement(tenant, id).auditors()).containsExactly(auditor);
        assertThatThrownBy(() -> Actor.system("test").runAs(() -> audits.assignAuditor(tenant, id, 0, staffIn("1102"))))
                .isInstanceOf(EditConflict.class);
    }

    @Test
    void aFindingOpensItsCorrectiveActionAndVerificationClosesIt() {
        var id = engagement("120");
        Actor.system("test").runAs(() -> audits.assignAuditor(tenant, id, version(id), staffIn("1101")));
        var due = audits.today(tenant).plusMonths(2);
        assertThatThrownBy(() -> Actor.system("test").runAs(() -> audits.recordFinding(tenant, id, version(id),
                unit("100"), Severity.MEDIUM, "基準", "状況", "提言", due)))
                .isInstanceOf(AuditRefused.class).hasMessageContaining("unitNotInScope");
        var zeimuKakari = unit("1201");
        Actor.system("test").runAs(() -> audits.recordFinding(tenant, id, version(id), zeimuKakari, Severity.MEDIUM,
                "MIC-STD-3.1 パスワードの管理", "共用端末にパスワードを記した付箋が貼られていた", "付箋を撤去し、周知する", due));
        var finding = audits.findings(tenant, id).get(0);
        assertThat(finding.closed()).isFalse();
        assertThat(finding.action().ownerUnitId()).isEqualTo(zeimuKakari);
        assertThat(finding.action().source().module()).isEqualTo("audit");
        assertThat(events.stream(AuditFindingRecorded.class).filter(e -> e.engagementId().equals(id))).hasSize(1);
        assertThat(audits.engagement(tenant, id).state()).isEqualTo(Engagement.State.FIELDWORK);

        var actionId = finding.action().id();
        Actor.system("unit").runAs(() -> corrections.complete(tenant, actionId, corrections.get(tenant, actionId)
                .version(), "付箋を撤去し、係内で周知した"));
        Actor.system("auditor").runAs(() -> corrections.verify(tenant, actionId, corrections.get(tenant, actionId)
                .version(), true, "現地で確認"));
        var closed = audits.findings(tenant, id).get(0);
        assertThat(closed.action().state()).isEqualTo(CorrectiveActionState.VERIFIED);
        assertThat(closed.closed()).isTrue();
        Actor.system("test").runAs(() -> audits.report(tenant, id, version(id)));
        assertThat(audits.engagement(tenant, id).state()).isEqualTo(Engagement.State.REPORTED);
    }
}
