package jp.mamori.organization;

import static jp.mamori.organization.OrganizationWebFixture.admin;
import static jp.mamori.organization.OrganizationWebFixture.as;
import static jp.mamori.organization.OrganizationWebFixture.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import jp.mamori.DatabaseTest;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.TenantRegistration;
import jp.mamori.tenant.Tenants;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
class TransferControllerTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired TenantRegistration registration;
    @Autowired OrgUnits units;
    @Autowired StaffRegister staff;
    @Autowired Appointments appointments;
    @Autowired TransactionTemplate transactions;

    @Test
    void uploadPreviewAndConfirm() throws Exception {
        var other = OrganizationWebFixture.otherTenant(transactions, registration, units, staff, appointments, "99003");
        var me = as(admin(other.tenantId));
        var session = new MockHttpSession();
        var csv = "組織コード,名称,名称（かな）,上位組織コード,区分,階層,状態\n100,総務課,,,内部部局,課,有効\n101,財政係,,100,内部部局,係,\n";
        // The upload waits in the database, not in the session: the confirmation needs only its id.
        var upload = mvc.perform(multipart("/organization/import").file(new MockMultipartFile("file", "units.csv", "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "UNITS").session(session).with(me).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 行を確認しました。追加 1 件、更新 0 件、変更なし 1 件です。")))
                .andReturn();
        var uploadId = upload.getModelAndView().getModel().get("uploadId").toString();
        assertThat(units.findByCode(other.tenantId, "101")).isEmpty();
        mvc.perform(post("/organization/import/confirm").param("kind", "UNITS").param("upload", java.util.UUID.randomUUID().toString())
                .session(session).with(me).with(csrf())).andExpect(status().isConflict());
        assertThat(units.findByCode(other.tenantId, "101")).isEmpty();
        // The wrong id dropped nothing: the pending import is still there for the right one.
        mvc.perform(post("/organization/import/confirm").param("kind", "UNITS").param("upload", uploadId)
                .session(session).with(me).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(units.findByCode(other.tenantId, "101")).isPresent();
    }

    @Test
    void aBadFileShowsItsProblemsAndCannotBeConfirmed() throws Exception {
        var kumenan = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
        var session = new MockHttpSession();
        var csv = "職員番号,氏名,氏名（かな）,職員区分,所属組織コード,メールアドレス,在職開始日,在職終了日\n9,<b>名</b>,な,職員,nope,,2020-04-01,\n";
        var upload = mvc.perform(multipart("/organization/import").file(new MockMultipartFile("file", "s.csv", "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "STAFF").session(session).with(as(admin(kumenan))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("所属組織コード")))
                .andExpect(content().string(containsString("組織コード「nope」の組織がありません")))
                .andReturn();
        assertThat(upload.getModelAndView().getModel()).doesNotContainKey("uploadId");
        mvc.perform(post("/organization/import/confirm").param("kind", "STAFF").param("upload", java.util.UUID.randomUUID().toString())
                .session(session).with(as(admin(kumenan))).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(staff.findByNumber(kumenan, "9")).isEmpty();
    }

    @Test
    void exportsWithBothFileNamesAndRefusesWithoutPermission() throws Exception {
        var kumenan = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
        var response = mvc.perform(get("/organization/export/staff.xlsx").with(as(viewer(kumenan))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename=\"staff-")))
                .andExpect(header().string("Content-Disposition",
                        containsString("filename*=UTF-8''%E8%81%B7%E5%93%A1%E4%B8%80%E8%A6%A7_")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("職員番号");
            assertThat(sheet.getLastRowNum()).isEqualTo(staff.all(kumenan).size());
        }
        mvc.perform(get("/organization/export/units.csv").with(as(viewer(kumenan)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("100,総務課,そうむか,,内部部局,課,有効")));
        mvc.perform(get("/organization/transfer").with(as(viewer(kumenan)))).andExpect(status().isForbidden());
        mvc.perform(get("/organization/import/template/units.csv").with(as(viewer(kumenan)))).andExpect(status().isForbidden());
        mvc.perform(multipart("/organization/import").file(new MockMultipartFile("file", "u.csv", "text/csv", new byte[] {1}))
                .param("kind", "UNITS").with(as(viewer(kumenan))).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/organization/import/confirm").param("kind", "UNITS").param("upload", "x").with(as(viewer(kumenan))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organization/export/units.csv").with(as(OrganizationWebFixture.user(kumenan,
                java.util.EnumSet.noneOf(jp.mamori.access.Permission.class))))).andExpect(status().isForbidden());
        mvc.perform(get("/organization/transfer").with(as(admin(kumenan)))).andExpect(status().isOk());
        mvc.perform(get("/organization/import/template/staff.xlsx").with(as(admin(kumenan)))).andExpect(status().isOk());
    }
}
