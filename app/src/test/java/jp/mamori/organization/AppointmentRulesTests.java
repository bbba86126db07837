package jp.mamori.organization;

import static jp.mamori.organization.OrganizationFixture.DAY;
import static jp.mamori.organization.OrganizationFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import jp.mamori.kernel.Decision;

/** AppointmentPolicy, SegregationOfDuties and the vacancy detection of the 体制図. */
class AppointmentRulesTests {

    private final OrganizationFixture org = OrganizationFixture.ofNewTenant()
            .department("10", "総務部")
            .section("11", "10", "総務課")
            .unit("111", "11", OrgUnitLevel.SUBSECTION, "情報管理係")
            .section("20", "税務課")
            .person("1", "11").person("2", "111").person("3", "20").person("4", "20");

    private Decision check(Appointment proposed, List<Appointment> existing) {
        var staff = org.staffViews().get(proposed.staffId());
        return AppointmentPolicy.check(proposed, staff, org.tree(), existing, Map.of(org.staffId("1"), "職員1"));
    }

    private static String key(Decision decision) {
        return decision instanceof Decision.Refusal refusal ? refusal.messageKey() : "allowed";
    }

    @Test
    void aSectionManagerNeedsASection() {
        assertThat(key(check(org.appointment("1", SecurityRole.SECTION_SECURITY_MANAGER, "11"), List.of())))
                .isEqualTo("allowed");
        assertThat(key(check(org.appointment("1", SecurityRole.SECTION_SECURITY_MANAGER, "10"), List.of())))
                .isEqualTo("organization.appointment.refused.notASection");
        assertThat(key(check(org.appointment("1", SecurityRole.SECTION_SECURITY_MANAGER, null), List.of())))
                .isEqualTo("organization.appointment.refused.unitRequired");
    }

    @Test
    void aDepartmentOfficerNeedsABuOrATopLevelUnit() {
        assertThat(key(check(org.appointment("1", SecurityRole.DEPARTMENT_SECURITY_OFFICER, "10"), List.of())))
                .isEqualTo("allowed");
        assertThat(key(check(org.appointment("3", SecurityRole.DEPARTMENT_SECURITY_OFFICER, "20"), List.of())))
                .isEqualTo("allowed");
        assertThat(key(check(org.appointment("1", SecurityRole.DEPARTMENT_SECURITY_OFFICER, "11"), List.of())))
                .isEqualTo("organization.appointment.refused.notADepartment");
    }

    @Test
    void tenantWideRolesNameNoUnit() {
        assertThat(key(check(org.appointment("1", SecurityRole.CISO, "11"), List.of())))
                .isEqualTo("organization.appointment.refused.unitNotAllowed");
    }

    @Test
    void onlyOneCisoAtATimeButASuccessorAfterTheEnd() {
        var current = org.appointment("1", SecurityRole.CISO, null);
        assertThat(key(check(org.appointment("3", SecurityRole.CISO, null), List.of(current))))
                .isEqualTo("organization.appointment.refused.alreadyHeld");
        current.endOn(LocalDate.of(2027, 3, 31));
        var successor = Appointment.of(org.tenantId, org.staffId("3"), SecurityRole.CISO, null,
                LocalDate.of(2027, 4, 1), null);
        assertThat(key(check(successor, List.of(current)))).isEqualTo("allowed");
    }

    @Test
    void severalCsirtMembersButNotTheSamePersonTwice() {
        var first = org.appointment("1", SecurityRole.CSIRT_MEMBER, null);
        assertThat(key(check(org.appointment("2", SecurityRole.CSIRT_MEMBER, null), List.of(first)))).isEqualTo("allowed");
        assertThat(key(check(org.appointment("1", SecurityRole.CSIRT_MEMBER, null), List.of(first))))
                .isEqualTo("organization.appointment.refused.duplicate");
    }

    @Test
    void refusesAPersonNotInServiceAndAnEndBeforeTheStart() {
        org.staff.get("4").leaveOn(LocalDate.of(2026, 3, 31));
        assertThat(key(check(org.appointment("4", SecurityRole.CSIRT_MEMBER, null), List.of())))
                .isEqualTo("organization.appointment.refused.staffNotInService");
        var backwards = Appointment.of(org.tenantId, org.staffId("1"), SecurityRole.CSIRT_MEMBER, null, START,
                START.minusDays(1));
        assertThat(key(check(backwards, List.of()))).isEqualTo("organization.appointment.refused.endBeforeStart");
    }

    @Test
    void anAuditorOverTheirOwnUnitIsWarned() {
        var staff = org.staffViews().get(org.staffId("2"));
        var overOwn = org.appointment("2", SecurityRole.AUDITOR, "10");
        assertThat(SegregationOfDuties.hints(staff, List.of(overOwn), org.tree()))
                .extracting(SegregationOfDuties.Hint::messageKey).containsExactly("organization.sod.auditOwnUnit");
        var overOther = org.appointment("2", SecurityRole.AUDITOR, "20");
        assertThat(SegregationOfDuties.hints(staff, List.of(overOther), org.tree())).isEmpty();
    }

    @Test
    void theGeneralOfficerAsAuditorIsWarned() {
        var staff = org.staffViews().get(org.staffId("1"));
        var held = List.of(org.appointment("1", SecurityRole.GENERAL_SECURITY_OFFICER, null),
                org.appointment("1", SecurityRole.AUDIT_DIRECTOR, null));
        assertThat(SegregationOfDuties.hints(staff, held, org.tree()))
                .extracting(SegregationOfDuties.Hint::messageKey).containsExactly("organization.sod.auditorOversees");
    }

    @Test
    void anEmptyOrganisationMissesEveryRequiredRole() {
        var chart = org.chart(DAY);
        assertThat(chart.vacancies()).extracting(v -> v.kind().name() + ":" + (v.unitName() == null ? "" : v.unitName()))
                .containsExactly("NO_CISO:", "NO_GENERAL_SECURITY_OFFICER:", "NO_CSIRT:",
                        "DEPARTMENT_WITHOUT_OFFICER:総務部", "DEPARTMENT_WITHOUT_OFFICER:税務課",
                        "SECTION_WITHOUT_MANAGER:総務課", "SECTION_WITHOUT_MANAGER:税務課");
        assertThat(chart.complete()).isFalse();
    }

    @Test
    void aFullyAppointedOrganisationHasNoVacancyAndEndedAppointmentsReopenOne() {
        org.appoint("1", SecurityRole.CISO, null).appoint("1", SecurityRole.GENERAL_SECURITY_OFFICER, null)
                .appoint("2", SecurityRole.CSIRT_MEMBER, null)
                .appoint("1", SecurityRole.DEPARTMENT_SECURITY_OFFICER, "10")
                .appoint("1", SecurityRole.SECTION_SECURITY_MANAGER, "11")
                .appoint("3", SecurityRole.DEPARTMENT_SECURITY_OFFICER, "20")
                .appoint("3", SecurityRole.SECTION_SECURITY_MANAGER, "20");
        var chart = org.chart(DAY);
        assertThat(chart.vacancies()).isEmpty();
        assertThat(chart.departments()).extracting(OrganizationChart.DepartmentBox::name).containsExactly("総務部", "税務課");
        assertThat(chart.departments().get(0).sections()).extracting(OrganizationChart.SectionBox::name)
                .containsExactly("総務課");

        org.staff.get("3").leaveOn(LocalDate.of(2026, 5, 31));
        assertThat(org.chart(DAY).vacancies()).extracting(v -> v.kind().name())
                .containsExactly("DEPARTMENT_WITHOUT_OFFICER", "SECTION_WITHOUT_MANAGER");
        assertThat(org.chart(START.minusDays(1)).vacancies()).hasSize(7);
    }
}
