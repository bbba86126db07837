package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import jp.mamori.DatabaseTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The module API other modules use: staff, roles held on a day, a unit's reach; never across tenants. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
@org.springframework.test.context.event.RecordApplicationEvents
class OrganizationTests {

    @Autowired Organization organization;
    @Autowired OrgUnits units;
    @Autowired StaffRegister staff;
    @Autowired Appointments appointments;
    @Autowired TransactionTemplate transactions;
    @Autowired jp.mamori.tenant.TenantRegistration registration;
    @Autowired jp.mamori.tenant.Tenants tenants;
    @Autowired OrganizationMenu.Figures figures;
    @Autowired DailyChanges dailyChanges;
    @Autowired org.springframework.test.context.event.ApplicationEvents events;

    private OrganizationFixture stored(OrganizationFixture fixture) {
        return transactions.execute(status -> fixture.storeIn(units, staff, appointments));
    }

    @Test
    void answersForItsOwnTenantOnly() {
        var mine = stored(OrganizationFixture.ofNewTenant()
                .department("10", "総務部").section("11", "10", "総務課")
                .unit("111", "11", OrgUnitLevel.SUBSECTION, "情報管理係").section("20", "税務課")
                .person("1", "11").appoint("1", SecurityRole.GENERAL_SECURITY_OFFICER, null)
                .appoint("1", SecurityRole.SECTION_SECURITY_MANAGER, "11"));
        var theirs = stored(OrganizationFixture.ofNewTenant().section("11", "総務課").person("1", "11"));

        assertThat(organization.staffMember(mine.tenantId, mine.staffId("1"))).map(StaffMember::staffNumber).contains("1");
        assertThat(organization.staffMember(theirs.tenantId, mine.staffId("1"))).isEmpty();
        assertThat(organization.staffByNumber(theirs.tenantId, "1")).map(StaffMember::id).contains(theirs.staffId("1"));
        assertThat(organization.unitWithDescendants(mine.tenantId, mine.unitId("10")))
                .containsExactlyInAnyOrder(mine.unitId("10"), mine.unitId("11"), mine.unitId("111"));
        assertThat(organization.unitWithDescendants(theirs.tenantId, mine.unitId("10"))).isEmpty();
        assertThat(organization.rolesHeld(mine.tenantId, mine.staffId("1"), OrganizationFixture.DAY))
                .containsExactlyInAnyOrder(new RoleHolding(SecurityRole.GENERAL_SECURITY_OFFICER, null),
                        new RoleHolding(SecurityRole.SECTION_SECURITY_MANAGER, mine.unitId("11")));
        assertThat(organization.rolesHeld(mine.tenantId, mine.staffId("1"), OrganizationFixture.START.minusDays(1)))
                .isEmpty();
        assertThat(organization.rolesHeld(theirs.tenantId, mine.staffId("1"), OrganizationFixture.DAY)).isEmpty();
        assertThat(SecurityRole.GENERAL_SECURITY_OFFICER.oversightOfWholeTenant()).isTrue();
        assertThat(SecurityRole.SECTION_SECURITY_MANAGER.oversightOfWholeTenant()).isFalse();
    }

    @Test
    void staffIsActiveBetweenTheirDaysInclusive() {
        var member = new StaffMember(UUID.randomUUID(), UUID.randomUUID(), "山田 太郎", "やまだ たろう", "1",
                StaffKind.FISCAL_YEAR_APPOINTED, UUID.randomUUID(), null, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
        assertThat(member.activeOn(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(member.activeOn(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(member.activeOn(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(member.activeOn(LocalDate.of(2027, 4, 1))).isFalse();
    }

    @Test
    void theDashboardWarnsAboutVacanciesAndCountsOnlyTheReachableStaff() {
        var org = stored(OrganizationFixture.ofNewTenant().section("11", "総務課").section("20", "税務課")
                .person("1", "11").person("2", "20").person("3", "20"));
        var everyone = OrganizationWebFixture.admin(org.tenantId);
        assertThat(figures.figures(everyone)).extracting(f -> f.labelKey() + "=" + f.value() + (f.warning() ? "!" : ""))
                .containsExactly("organization.figure.staff=3", "organization.figure.units=2",
                        "organization.figure.vacancies=7!");
        var scoped = OrganizationWebFixture.scoped(org.tenantId, java.util.Set.of(org.unitId("20")));
        assertThat(figures.figures(scoped).get(0).value()).isEqualTo("2");
        var nobody = OrganizationWebFixture.user(org.tenantId, java.util.EnumSet.noneOf(jp.mamori.access.Permission.class));
        assertThat(figures.figures(nobody)).isEmpty();
    }

    @Test
    void announcesTheEndOfServiceAndAppointmentsStartingOrEndingByTheCalendar() {
        // Appointments of the fixture start on 2026-04-01; a 会計年度任用職員 serves until 2027-03-31.
        transactions.executeWithoutResult(status -> registration.register("暦町", "こよみちょう", "Koyomi",
                jp.mamori.tenant.LocalGovernmentCode.withCheckDigit("98765"), jp.mamori.tenant.ClassificationScheme.R6_10,
                jp.mamori.tenant.SeparationModel.ALPHA, false));
        var tenantId = tenants.findByCode(jp.mamori.tenant.LocalGovernmentCode.withCheckDigit("98765")).orElseThrow().id();
        var stored = stored(OrganizationFixture.of(tenantId).section("11", "総務課")
                .person("1", "11", StaffKind.FISCAL_YEAR_APPOINTED).person("2", "11")
                .appoint("2", SecurityRole.CSIRT_MEMBER, null));
        transactions.executeWithoutResult(status -> {
            var person = staff.find(tenantId, stored.staffId("1")).orElseThrow();
            person.leaveOn(LocalDate.of(2027, 3, 31));
            staff.save(person);
        });
        events.clear();
        dailyChanges.announce(LocalDate.of(2027, 4, 1));
        // The context (and its database) may be shared with other test classes: look at this tenant only.
        assertThat(events.stream(StaffDeactivated.class).filter(e -> e.tenantId().equals(tenantId)))
                .containsExactly(new StaffDeactivated(tenantId, stored.staffId("1")));
        events.clear();
        dailyChanges.announce(OrganizationFixture.START);
        assertThat(events.stream(AppointmentsChanged.class).filter(e -> e.tenantId().equals(tenantId)))
                .containsExactly(new AppointmentsChanged(tenantId, stored.staffId("2")));
        assertThat(events.stream(StaffDeactivated.class).filter(e -> e.tenantId().equals(tenantId))).isEmpty();
    }
}
