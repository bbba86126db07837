package jp.mamori.organization;

import static jp.mamori.organization.OrganizationWebFixture.admin;
import static jp.mamori.organization.OrganizationWebFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 19: a badly typed date on the staff form came back with both dates blank and no message. It must come back
 * with what was typed, and a message next to the field that names the field, the rule and the expected format.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
class StaffFormTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Tenants tenants;
    @Autowired
    OrgUnits units;
    @Autowired
    StaffRegister staff;

    UUID kumenan;

    @BeforeEach
    void setUp() {
        kumenan = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
    }

    @Test
    void aBadLastDayKeepsBothDatesAndSaysWhatIsWrongNextToTheField() throws Exception {
        var page = submit(form("2026-04-01", "2026-02-30"), null);
        assertThat(page.getElementById("activeFrom").val()).isEqualTo("2026-04-01");
        assertThat(page.getElementById("activeTo").val()).isEqualTo("2026-02-30");
        // A date input would show the refused value as blank, so it comes back as text; the good one stays a date.
        assertThat(page.getElementById("activeTo").attr("type")).isEqualTo("text");
        assertThat(page.getElementById("activeFrom").attr("type")).isEqualTo("date");
        var error = page.getElementById("activeTo").nextElementSibling();
        assertThat(error).isNotNull();
        assertThat(error.hasClass("field-error")).isTrue();
        assertThat(error.text()).contains("在職終了日").contains("2026-02-30").contains("YYYY-MM-DD");
        assertThat(staff.findByNumber(kumenan, "T-1")).isEmpty();
    }

    @Test
    void aBadFirstDayIsNamedInEnglishToo() throws Exception {
        var page = submit(form("1st April", ""), "en");
        assertThat(page.getElementById("activeFrom").val()).isEqualTo("1st April");
        var error = page.getElementById("activeFrom").nextElementSibling();
        assertThat(error.text()).contains("First day of service").contains("1st April").contains("YYYY-MM-DD")
                .doesNotContainPattern("\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}");
    }

    @Test
    void anEditWithABadDateKeepsTheValueToo() throws Exception {
        var someone = staff.all(kumenan).get(0);
        var request = form("2020-04-01", "2026/13/01");
        var html = mvc.perform(withUser(post("/organization/staff/{id}", someone.id()), request))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.getElementById("activeTo").val()).isEqualTo("2026/13/01");
        assertThat(page.getElementById("activeTo").nextElementSibling().text()).contains("在職終了日");
    }

    private String[][] form(String activeFrom, String activeTo) {
        var unit = units.findByCode(kumenan, "110").orElseThrow().id();
        return new String[][] {{"staffNumber", "T-1"}, {"name", "試験 太郎"}, {"nameKana", "しけん たろう"},
                {"kind", "REGULAR"}, {"unitId", unit.toString()}, {"email", ""}, {"activeFrom", activeFrom},
                {"activeTo", activeTo}};
    }

    private Document submit(String[][] fields, String lang) throws Exception {
        var request = post("/organization/staff");
        if (lang != null) {
            request.param("lang", lang);
        }
        var html = mvc.perform(withUser(request, fields)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private MockHttpServletRequestBuilder withUser(MockHttpServletRequestBuilder request, String[][] fields) {
        for (var field : fields) {
            request.param(field[0], field[1]);
        }
        return request.with(as(admin(kumenan))).with(csrf());
    }
}
