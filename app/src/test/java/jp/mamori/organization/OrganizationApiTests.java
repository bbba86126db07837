package jp.mamori.organization;

import static jp.mamori.organization.OrganizationWebFixture.admin;
import static jp.mamori.organization.OrganizationWebFixture.as;
import static jp.mamori.organization.OrganizationWebFixture.scoped;
import static jp.mamori.organization.OrganizationWebFixture.user;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Permission;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.TenantRegistration;
import jp.mamori.tenant.Tenants;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
class OrganizationApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired TenantRegistration registration;
    @Autowired OrgUnits units;
    @Autowired StaffRegister staff;
    @Autowired Appointments appointments;
    @Autowired TransactionTemplate transactions;

    @Test
    void listsOnlyTheCallersTenantPageByPage() throws Exception {
        var other = OrganizationWebFixture.otherTenant(transactions, registration, units, staff, appointments, "99002");
        var kumenan = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
        mvc.perform(get("/api/v1/org-units").param("size", "5").with(as(admin(kumenan))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.total", is(units.all(kumenan).size())))
                .andExpect(jsonPath("$.items[0].name", is("総務課")));
        mvc.perform(get("/api/v1/staff").with(as(admin(other.tenantId))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(2)))
                .andExpect(jsonPath("$.items[*].staffNumber", everyItem(isIn(new String[] {"1", "2"}))))
                .andExpect(jsonPath("$.items[0].version").doesNotExist());
        var zeimu = units.tree(kumenan).descendantsOf(units.findByCode(kumenan, "120").orElseThrow().id());
        mvc.perform(get("/api/v1/staff").param("size", "200").with(as(scoped(kumenan, zeimu))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].unitId", everyItem(isIn(zeimu.stream().map(Object::toString).toArray()))));
    }

    @Test
    void refusesWithoutThePermission() throws Exception {
        var kumenan = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
        var nobody = as(user(kumenan, EnumSet.of(Permission.TRAIL_VIEW)));
        mvc.perform(get("/api/v1/org-units").with(nobody)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/staff").with(nobody)).andExpect(status().isForbidden());
    }
}
