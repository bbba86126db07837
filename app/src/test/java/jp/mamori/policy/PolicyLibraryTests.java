package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;
import jp.mamori.kernel.Decision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The module API on the demo town: its revision history, audiences and rendered text. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
class PolicyLibraryTests {

    @Autowired
    PolicyLibrary library;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;

    UUID town() {
        return tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
    }

    @Test
    void theDemoBasicPolicyHasItsRealHistoryOfFourApprovedRevisions() {
        var basic = library.approvedRevisions(town()).stream()
                .filter(r -> r.documentKind() == DocumentKind.BASIC_POLICY).toList();
        assertThat(basic).extracting(RevisionSummary::revisionDate).containsExactly(LocalDate.of(2026, 4, 1),
                LocalDate.of(2016, 9, 1), LocalDate.of(2007, 4, 1), LocalDate.of(2003, 12, 8));
        assertThat(basic).extracting(RevisionSummary::kind).containsExactly(RevisionKind.AMENDED, RevisionKind.AMENDED,
                RevisionKind.AMENDED, RevisionKind.ENACTED);
        assertThat(basic.get(0).disclosure()).isEqualTo(Disclosure.PUBLIC);
        assertThat(basic.get(0).documentTitle()).isEqualTo("久米南町情報セキュリティ基本方針");
        // the draft 対策基準 is not approved, so it is not among them
        assertThat(library.approvedRevisions(town())).noneMatch(r -> r.documentKind() == DocumentKind.STANDARD);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'policy.demo.loaded'")
                .param(town()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRestrictedProcedureIsReadByTheSoumuSectionAndItsSubsectionsOnly() {
        var procedure = library.approvedRevisions(town()).stream()
                .filter(r -> r.documentKind() == DocumentKind.PROCEDURE).findFirst().orElseThrow();
        assertThat(procedure.disclosure()).isEqualTo(Disclosure.RESTRICTED);
        var inSoumu = staffOf("100");
        var inItSubsection = staffOf("1003");
        var inPlanning = staffOf("110");
        assertThat(library.inAudience(town(), inSoumu, procedure.revisionId())).isTrue();
        assertThat(library.inAudience(town(), inItSubsection, procedure.revisionId())).isTrue();
        assertThat(library.inAudience(town(), inPlanning, procedure.revisionId())).isFalse();

        assertThat(library.renderedBody(reader(inItSubsection), procedure.revisionId())).get().asString()
                .contains("id=\"clause-3-1\"");
        assertThat(library.renderedBody(reader(inPlanning), procedure.revisionId())).isEmpty();
        // another tenant's reader cannot tell the revision exists
        var stranger = new CurrentUser(UUID.randomUUID(), inSoumu, UUID.randomUUID(), "他団体", Set.of(), false, Set.of());
        assertThat(library.renderedBody(stranger, procedure.revisionId())).isEmpty();
        assertThat(library.revision(UUID.randomUUID(), procedure.revisionId())).isEmpty();
    }

    @Test
    void everyoneOfTheTownReadsThePublicBasicPolicy() {
        var current = library.approvedRevisions(town()).get(0);
        assertThat(library.inAudience(town(), staffOf("110"), current.revisionId())).isTrue();
        assertThat(library.renderedBody(reader(staffOf("110")), current.revisionId())).get().asString()
                .contains("id=\"clause-6-2-2\"");
    }

    @Test
    void aProcedureCanNeverBePublic() {
        var decision = PolicyDocument.check(DocumentKind.PROCEDURE, Disclosure.PUBLIC, Audience.NOBODY);
        assertThat(decision).isInstanceOf(Decision.Refusal.class);
        assertThat(((Decision.Refusal) decision).messageKey()).isEqualTo("policy.refused.procedureNotPublic");
        assertThat(PolicyDocument.check(DocumentKind.BASIC_POLICY, Disclosure.PUBLIC, Audience.NOBODY).allowed()).isTrue();
    }

    UUID staffOf(String unitCode) {
        return jdbc.sql("SELECT s.id FROM staff s JOIN org_unit u ON u.id = s.unit_id WHERE s.tenant_id = ? AND u.code = ?"
                + " ORDER BY s.staff_number").params(town(), unitCode).query(UUID.class).list().get(0);
    }

    CurrentUser reader(UUID staffId) {
        return new CurrentUser(UUID.randomUUID(), staffId, town(), "読む 人", EnumSet.noneOf(Permission.class), false,
                Set.of());
    }
}
