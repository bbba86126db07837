package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.kernel.StaffId;
import jp.mamori.kernel.TenantId;
import jp.mamori.kernel.UnitId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dated unit membership and the other read APIs of {@link StaffDirectory}: a move keeps where someone worked before
 * (an auditor may not audit a unit they belonged to in the audited period), role holders on a day, staff by mail.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
class StaffDirectoryTests {

    static final LocalDate HIRED = LocalDate.of(2020, 4, 1);
    static final LocalDate MOVED = LocalDate.of(2026, 7, 1);

    @Autowired StaffDirectory directory;
    @Autowired StaffManagement management;
    @Autowired Memberships memberships;
    @Autowired OrgUnits units;
    @Autowired StaffRegister register;
    @Autowired Appointments appointments;
    @Autowired TransactionTemplate transactions;

    OrganizationFixture town;
    OrganizationFixture other;
    TenantId tenant;

    @BeforeEach
    void setUp() {
        town = stored(OrganizationFixture.ofNewTenant().section("11", "総務課").section("20", "税務課")
                .person("1", "11").person("2", "20")
                .appoint("1", SecurityRole.GENERAL_SECURITY_OFFICER, null)
                .appoint("1", SecurityRole.SECTION_SECURITY_MANAGER, "11"));
        other = stored(OrganizationFixture.ofNewTenant().section("11", "総務課").person("1", "11"));
        tenant = TenantId.of(town.tenantId);
        transactions.executeWithoutResult(status -> {
            for (var fixture : new OrganizationFixture[] {town, other}) {
                fixture.staff.values().forEach(s -> memberships.follow(register.find(fixture.tenantId, s.id())
                        .orElseThrow(), HIRED));
            }
        });
    }

    private OrganizationFixture stored(OrganizationFixture fixture) {
        return transactions.execute(status -> fixture.storeIn(units, register, appointments));
    }

    private void move(String number, String unitCode, LocalDate on) {
        transactions.executeWithoutResult(status -> {
            var staff = register.find(town.tenantId, town.staffId(number)).orElseThrow();
            staff.describe(staff.staffNumber(), staff.name(), staff.nameKana(), staff.kind(), town.unitId(unitCode),
                    staff.email(), staff.activeFrom(), staff.activeTo());
            register.save(staff);
            memberships.follow(staff, on);
        });
    }

    private StaffId staff(String number) {
        return StaffId.of(town.staffId(number));
    }

    private UnitId unit(String code) {
        return UnitId.of(town.unitId(code));
    }

    @Test
    void aMoveKeepsWhereSomeoneWorkedBefore() {
        move("1", "20", MOVED);

        assertThat(directory.whereWorked(tenant, staff("1"), HIRED, LocalDate.of(2026, 12, 31))).containsExactly(
                new UnitMembership(staff("1"), unit("11"), null, HIRED, MOVED.minusDays(1)),
                new UnitMembership(staff("1"), unit("20"), null, MOVED, null));
        assertThat(directory.whereWorked(tenant, staff("1"), MOVED, MOVED)).extracting(UnitMembership::unitId)
                .containsExactly(unit("20"));
        assertThat(directory.whoBelonged(tenant, unit("11"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))
                .extracting(UnitMembership::staffId).containsExactly(staff("1"));
        assertThat(directory.whoBelonged(tenant, unit("11"), MOVED, LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(directory.whoBelonged(tenant, unit("20"), MOVED, MOVED)).extracting(UnitMembership::staffId)
                .containsExactlyInAnyOrder(staff("1"), staff("2"));
    }

    @Test
    void aSecondMoveOnTheSameDayCorrectsTheFirstInsteadOfAddingADay() {
        move("2", "11", MOVED);
        move("2", "20", MOVED);
        move("2", "11", MOVED);

        assertThat(directory.whereWorked(tenant, staff("2"), HIRED, LocalDate.of(2027, 3, 31))).containsExactly(
                new UnitMembership(staff("2"), unit("20"), null, HIRED, MOVED.minusDays(1)),
                new UnitMembership(staff("2"), unit("11"), null, MOVED, null));
    }

    @Test
    void membershipEndsWithService() {
        var lastDay = LocalDate.of(2026, 9, 30);
        transactions.executeWithoutResult(status -> {
            var staff = register.find(town.tenantId, town.staffId("2")).orElseThrow();
            staff.leaveOn(lastDay);
            register.save(staff);
        });

        assertThat(directory.whereWorked(tenant, staff("2"), HIRED, LocalDate.of(2027, 3, 31)))
                .extracting(UnitMembership::to).containsExactly(lastDay);
        assertThat(directory.whoBelonged(tenant, unit("20"), lastDay.plusDays(1), LocalDate.of(2027, 3, 31)))
                .isEmpty();
    }

    @Test
    void anEditThroughTheUseCaseRecordsTheMoveFromTheTenantsToday() {
        var before = directory.whereWorked(tenant, staff("2"), HIRED, LocalDate.of(2099, 12, 31));
        assertThat(before).hasSize(1);
        var person = register.find(town.tenantId, town.staffId("2")).orElseThrow();
        Actor.system("test").runAs(() -> management.update(town.tenantId, person.id(), person.version(),
                new StaffDraft(person.staffNumber(), person.name(), person.nameKana(), person.kind(),
                        town.unitId("11"), person.email(), person.activeFrom(), null)));

        var after = directory.whereWorked(tenant, staff("2"), HIRED, LocalDate.of(2099, 12, 31));
        assertThat(after).extracting(UnitMembership::unitId).containsExactly(unit("20"), unit("11"));
        assertThat(after.get(0).to()).isEqualTo(after.get(1).from().minusDays(1));
    }

    @Test
    void answersOnlyForTheTenantAsked() {
        assertThat(directory.whereWorked(TenantId.of(other.tenantId), staff("1"), HIRED, MOVED)).isEmpty();
        assertThat(directory.whoBelonged(TenantId.of(other.tenantId), unit("11"), HIRED, MOVED)).isEmpty();
        assertThat(directory.holders(TenantId.of(other.tenantId), SecurityRole.GENERAL_SECURITY_OFFICER, null,
                OrganizationFixture.DAY)).isEmpty();
        assertThat(directory.byMail(TenantId.of(other.tenantId), "s2@example.jp")).isEmpty();
    }

    @Test
    void holdersOfARoleOnADayOptionallyForOneUnit() {
        var day = OrganizationFixture.DAY;
        assertThat(directory.holders(tenant, SecurityRole.GENERAL_SECURITY_OFFICER, null, day))
                .singleElement().satisfies(holder -> {
                    assertThat(holder.staffId()).isEqualTo(staff("1"));
                    assertThat(holder.staffNumber()).isEqualTo("1");
                    assertThat(holder.unitId()).isNull();
                    assertThat(holder.startsOn()).isEqualTo(OrganizationFixture.START);
                });
        assertThat(directory.holders(tenant, SecurityRole.SECTION_SECURITY_MANAGER, unit("11"), day))
                .extracting(RoleHolder::staffId).containsExactly(staff("1"));
        assertThat(directory.holders(tenant, SecurityRole.SECTION_SECURITY_MANAGER, unit("20"), day)).isEmpty();
        assertThat(directory.holders(tenant, SecurityRole.GENERAL_SECURITY_OFFICER, null,
                OrganizationFixture.START.minusDays(1))).isEmpty();
    }

    @Test
    void staffByMailIgnoresCase() {
        assertThat(directory.byMail(tenant, "  S2@Example.JP ")).extracting(StaffMember::id)
                .containsExactly(town.staffId("2"));
        assertThat(directory.byMail(tenant, "nobody@example.jp")).isEmpty();
        assertThat(directory.byMail(tenant, " ")).isEmpty();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> directory.whereWorked(tenant, staff("1"), MOVED, HIRED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
