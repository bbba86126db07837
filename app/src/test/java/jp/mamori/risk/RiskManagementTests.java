package jp.mamori.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.MutableClock;
import jp.mamori.access.Actor;
import jp.mamori.catalog.ImplementationStatus;
import jp.mamori.catalog.StatementOfApplicability;
import jp.mamori.kernel.AssetId;
import jp.mamori.kernel.StaffId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register on the demo town's database: the impact proposed from a 機密性3 asset, the measures' status read from
 * the statement (not the form), acceptance refused to the assessor and recorded for another, voided by a new
 * assessment, and an expired acceptance back to review with one reminder.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=true", "mamori.base-url=https://mamori.test.example"})
@Import(RiskManagementTests.Config.class)
class RiskManagementTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        MutableClock riskTestClock() {
            return new MutableClock();
        }
    }

    @Autowired
    RiskManagement management;
    @Autowired
    RiskReminders reminders;
    @Autowired
    StatementOfApplicability statement;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    UUID tenant;
    AssetId secret;
    StaffId assessor;
    StaffId ciso;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        secret = AssetId.of(jdbc.sql("SELECT id FROM information_asset WHERE tenant_id = ? AND confidentiality IN ('LEGACY_3', 'R6_3A', 'R6_3B') "
                + "ORDER BY register_number").param(tenant).query(UUID.class).list().get(0));
        var staff = jdbc.sql("SELECT id FROM staff WHERE tenant_id = ? AND email IS NOT NULL ORDER BY staff_number")
                .param(tenant).query(UUID.class).list();
        assessor = StaffId.of(staff.get(0));
        ciso = StaffId.of(staff.get(1));
    }

    UUID draft() {
        return Actor.system("test").callAs(() -> management.draft(tenant, "ランサムウェアによる暗号化", List.of("THR-1.1"), "",
                RiskTarget.SYSTEM, secret, "バックアップが同じネットワーク上にある", null, ""));
    }

    String measure(ImplementationStatus wanted) {
        return statement.entries(tenant).values().stream().filter(e -> e.status() == wanted).findFirst()
                .orElseThrow().measureId();
    }

    Risk assess(UUID id, long version, List<String> measures, Estimate residual) {
        return Actor.system("test").callAs(() -> management.assess(tenant, id, version, assessor, 3,
                Map.of(ImpactAxis.CONFIDENTIALITY, 3, ImpactAxis.INTEGRITY, 2, ImpactAxis.AVAILABILITY, 2), Map.of(),
                TreatmentOption.MITIGATE, measures, "", null, residual, null));
    }

    @Test
    void aConfidentialityThreeAssetProposesTheHighestConfidentialityImpact() {
        var id = draft();
        assertThat(Actor.system("test").callAs(() -> management.proposedImpact(tenant, id))).containsEntry(ImpactAxis.CONFIDENTIALITY, 3);
        var lowered = Actor.system("test").callAs(() -> catchRefusal(() -> management.assess(tenant, id, 0, assessor, 3,
                Map.of(ImpactAxis.CONFIDENTIALITY, 2, ImpactAxis.INTEGRITY, 2, ImpactAxis.AVAILABILITY, 2), Map.of(),
                TreatmentOption.ACCEPT, List.of(), "", null, Estimate.of(3, 2, 2, 2), null)));
        assertThat(lowered).isEqualTo("risk.impact.lowerNeedsReason");
    }

    @Test
    void theMeasuresStatusComesFromTheStatementAndANotStartedOneLowersNothing() {
        var id = draft();
        var notStarted = measure(ImplementationStatus.NOT_STARTED);
        var refused = catchRefusal(() -> assess(id, 0, List.of(notStarted), Estimate.of(2, 3, 2, 2)));
        assertThat(refused).isEqualTo("risk.residual.measuresNotImplemented");
        var implemented = measure(ImplementationStatus.IMPLEMENTED);
        var risk = assess(id, 0, List.of(implemented, notStarted), Estimate.of(2, 3, 2, 2));
        var stored = management.risk(tenant, id);
        assertThat(stored.assessment().treatment().measures()).extracting(ChosenMeasure::status)
                .containsExactly(ImplementationStatus.IMPLEMENTED, ImplementationStatus.NOT_STARTED);
        assertThat(stored.residual(management.scales(tenant)).level()).isEqualTo(RiskLevel.HIGH);
        assertThat(stored.inherent(management.scales(tenant)).level()).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(stored.version()).isEqualTo(risk.version());
        assertThat(trail(id)).contains("risk.drafted", "risk.assessed");
    }

    @Test
    void acceptanceIsRefusedToTheAssessorRecordedForAnotherAndVoidedByTheNextAssessment() {
        var id = draft();
        var implemented = measure(ImplementationStatus.IMPLEMENTED);
        var v = assess(id, 0, List.of(implemented), Estimate.of(2, 3, 2, 2)).version();
        var today = management.risk(tenant, id).assessedAt().atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate();
        assertThat(catchRefusal(() -> management.accept(tenant, id, v, assessor, true, "対策完了まで", today.plusDays(30))))
                .isEqualTo("risk.acceptance.separationOfDuties");
        var accepted = Actor.system("test").callAs(() -> management.accept(tenant, id, v, ciso, true, "対策完了まで",
                today.plusDays(30)));
        assertThat(management.risk(tenant, id).status()).isEqualTo(RiskStatus.ACCEPTED);
        assertThat(management.risk(tenant, id).acceptance().acceptedBy()).isEqualTo(ciso);
        assertThatThrownBy(() -> management.accept(tenant, id, v, ciso, true, "古い版", today.plusDays(30)))
                .isInstanceOf(RiskConflict.class);
        assess(id, accepted.version(), List.of(implemented), Estimate.of(1, 3, 2, 2));
        assertThat(management.risk(tenant, id).acceptance()).isNull();
        assertThat(management.risk(tenant, id).status()).isEqualTo(RiskStatus.ASSESSED);
        assertThat(trail(id)).contains("risk.accepted");
    }

    @Test
    void anExpiredAcceptanceReturnsToReviewWithOneReminder() {
        var id = draft();
        var v = assess(id, 0, List.of(measure(ImplementationStatus.IMPLEMENTED)), Estimate.of(2, 3, 2, 2)).version();
        var tokyo = java.time.ZoneId.of("Asia/Tokyo");
        var today = clock.instant().atZone(tokyo).toLocalDate();
        Actor.system("test").callAs(() -> management.accept(tenant, id, v, ciso, true, "一時的に受容", today.plusDays(2)));
        assertThat(reminders.remindersDue(tenant, today.plusDays(2))).noneMatch(m -> m.deduplicationKey().contains(id.toString()));
        clock.set(clock.instant().plus(Duration.ofDays(3)));
        assertThat(Actor.system("test").callAs(() -> management.expireAcceptances(tenant))).isGreaterThanOrEqualTo(1);
        assertThat(management.risk(tenant, id).status()).isEqualTo(RiskStatus.REVIEW);
        var mails = reminders.remindersDue(tenant, today.plusDays(3)).stream()
                .filter(m -> m.deduplicationKey().contains(id.toString())).toList();
        assertThat(mails).isNotEmpty();
        assertThat(mails).extracting(m -> m.deduplicationKey()).doesNotHaveDuplicates();
        assertThat(Actor.system("test").callAs(() -> management.expireAcceptances(tenant))).isZero();
        assertThat(trail(id)).contains("risk.acceptance.expired");
    }

    List<String> trail(UUID id) {
        return jdbc.sql("SELECT action FROM trail_entry WHERE tenant_id = ? AND object_id = ? ORDER BY seq")
                .params(tenant, id.toString()).query(String.class).list();
    }

    static String catchRefusal(Runnable r) {
        try {
            Actor.system("test").runAs(r);
            return "allowed";
        } catch (RiskRefused e) {
            return e.messageKey();
        }
    }

    static String catchRefusal(java.util.concurrent.Callable<?> r) {
        return catchRefusal(() -> {
            try {
                r.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
