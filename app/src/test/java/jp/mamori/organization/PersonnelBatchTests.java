package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.importing.Imports;
import jp.mamori.kernel.EditConflict;
import jp.mamori.kernel.StaffId;
import jp.mamori.kernel.TenantId;
import jp.mamori.tenant.TenantCalendar;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 久米南町's demo 人事異動 list end to end below the web: the preview names the leaver's ending roles, the new
 * 情報セキュリティ管理者 with the course the role requires, and the 情報セキュリティ責任者 left vacant; applying
 * writes it all in one go (membership, staff, appointments, trail), the leaver is out of service, the 課's manager is
 * the new holder, who is asked to take the manager course; a change made after the preview refuses the batch.
 */
@DatabaseTest
// A context (and so a database) of its own: the batch changes the demo town that other classes read as loaded.
@SpringBootTest(properties = {"mamori.demo=true", "mamori.test.own-context=personnel-batch"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonnelBatchTests {

    @Autowired Imports imports;
    @Autowired PersonnelChanges changes;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired StaffDirectory directory;
    @Autowired TenantCalendar calendar;

    UUID tenant;
    UUID account = UUID.randomUUID();
    byte[] sample;
    UUID sangyo;

    @BeforeEach
    void setUp() {
        tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        sample = jdbc.sql("SELECT content FROM personnel_sample WHERE tenant_id = ?").param(tenant)
                .query((rs, n) -> rs.getBytes(1)).single();
        sangyo = jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND code = '140'").param(tenant)
                .query(UUID.class).single();
    }

    private String number(int line) {
        return new String(sample, StandardCharsets.UTF_8).lines().skip(line).findFirst().orElseThrow().split(",")[0];
    }

    @Test
    @Order(3)
    void demoBatchPreviewsAppliesAndTheNewManagerIsAskedToTakeTheManagerCourse() {
        var leaver = organization.staffByNumber(tenant, number(1)).orElseThrow();
        var newManager = organization.staffByNumber(tenant, number(2)).orElseThrow();
        var today = calendar.today(tenant);
        var preview = imports.preview(changes, tenant, account, PersonnelDemo.FILE_NAME, sample);
        assertThat(preview.problems()).isEmpty();
        var plan = preview.plan();
        assertThat(plan.leavers()).isEqualTo(1);
        assertThat(plan.joiners()).isEqualTo(1);
        assertThat(plan.transfers()).isEqualTo(1);
        assertThat(plan.access()).anySatisfy(a -> {
            assertThat(a.staffNumber()).isEqualTo(newManager.staffNumber());
            assertThat(a.role()).isEqualTo(SecurityRole.SECTION_SECURITY_MANAGER);
            assertThat(a.starts()).isTrue();
            assertThat(a.duties()).containsExactly("情報セキュリティ管理者研修");
        });
        assertThat(plan.access()).filteredOn(a -> a.staffNumber().equals(leaver.staffNumber()))
                .extracting(PersonnelChanges.AccessChange::role)
                .contains(SecurityRole.SECTION_SECURITY_MANAGER, SecurityRole.DEPARTMENT_SECURITY_OFFICER);
        assertThat(plan.vacancies()).extracting(PersonnelChanges.Vacancy::role, PersonnelChanges.Vacancy::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SecurityRole.DEPARTMENT_SECURITY_OFFICER, "産業建設課"));
        // Nothing is written by the preview.
        assertThat(organization.sectionManager(tenant, sangyo, today).orElseThrow().id()).isEqualTo(leaver.id());

        Actor.system("test").runAs(() -> imports.confirm(changes, tenant, account, preview.uploadId()));

        assertThat(organization.staffMember(tenant, leaver.id()).orElseThrow().activeOn(today)).isFalse();
        assertThat(organization.sectionManager(tenant, sangyo, today).orElseThrow().id()).isEqualTo(newManager.id());
        assertThat(directory.holders(TenantId.of(tenant), SecurityRole.DEPARTMENT_SECURITY_OFFICER, jp.mamori.kernel.UnitId.of(sangyo), today))
                .isEmpty();
        var mover = organization.staffByNumber(tenant, number(3)).orElseThrow();
        assertThat(directory.whereWorked(TenantId.of(tenant), StaffId.of(mover.id()), today, today))
                .singleElement().satisfies(m -> assertThat(m.post()).isEqualTo("主事"));
        assertThat(organization.staffByNumber(tenant, number(4))).isPresent();
        long asked = jdbc.sql("""
                SELECT COUNT(*) FROM campaign_item i JOIN campaign c ON c.id = i.campaign_id
                JOIN training_course t ON t.id = c.subject_id
                WHERE c.tenant_id = ? AND c.purpose = 'training' AND t.required_role = 'SECTION_SECURITY_MANAGER'
                AND i.staff_id = ? AND i.state = 'PENDING'""").params(tenant, newManager.id()).query(Long.class).single();
        assertThat(asked).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'organization.personnel.changed'")
                .param(tenant).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM personnel_batch WHERE tenant_id = ?").param(tenant)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @Order(1)
    void anEditAfterThePreviewRefusesTheWholeBatch() {
        var preview = imports.preview(changes, tenant, account, PersonnelDemo.FILE_NAME, sample);
        var mover = organization.staffByNumber(tenant, number(3)).orElseThrow();
        jdbc.sql("UPDATE staff SET version = version + 1 WHERE id = ?").param(mover.id()).update();
        assertThatThrownBy(() -> Actor.system("test").runAs(() -> imports.confirm(changes, tenant, account,
                preview.uploadId()))).isInstanceOf(EditConflict.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM personnel_batch").query(Long.class).single()).isZero();
    }

    @Test
    @Order(2)
    void aLineNamingUnknownStaffIsAProblemAndNothingIsKept() {
        var csv = PersonnelChanges.csv(java.util.List.of(java.util.List.of("X9999", "異動", "", "", "", "1002", "", "",
                "2027-04-01", "")));
        var preview = imports.preview(changes, tenant, account, "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).extracting(p -> p.messageKey()).containsExactly("organization.personnel.unknownStaff");
        assertThat(preview.uploadId()).isNull();
    }
}
