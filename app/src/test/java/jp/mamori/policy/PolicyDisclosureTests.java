package jp.mamori.policy;

import static jp.mamori.policy.PolicyFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.Tenants;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A 関係者限り document is invisible by every route to staff outside its audience, visible to its audience (the
 * 総務課 and its 係) and to those who draft; another tenant's ids are 404; 庁内 documents never reach public pages.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=true", "mamori.test.context=policy-disclosure"})
@AutoConfigureMockMvc
class PolicyDisclosureTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;

    PolicyFixture town;
    UUID procedure;
    UUID procedureRevision;
    UUID basic;
    UUID standard;
    CurrentUser outsider;
    CurrentUser member;
    CurrentUser editor;

    @BeforeEach
    void setUp() {
        town = new PolicyFixture(tenants, jdbc);
        procedure = town.document(PolicyDemo.PROCEDURE_TITLE);
        procedureRevision = town.revision(procedure, 1);
        basic = town.document(PolicyDemo.BASIC_POLICY_TITLE);
        standard = town.document(PolicyDemo.STANDARD_TITLE);
        outsider = town.staff("110", "企画 職員");
        member = town.staff("1003", "情報 係員");
        editor = town.with("110", "起案 担当", Permission.POLICY_EDIT);
    }

    /** The body of a 200 answer; downloads stream asynchronously, so they are dispatched to the end. */
    String body(String url, CurrentUser user) throws Exception {
        var result = mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(asyncDispatch(result)).andExpect(status().isOk()).andReturn();
        }
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    void notFound(String url, CurrentUser user) throws Exception {
        mvc.perform(get(url).with(as(user))).andExpect(status().isNotFound());
    }

    @Test
    void registerListAndSearchLeaveItOutForOutsiders() throws Exception {
        assertThat(body("/policies", outsider)).doesNotContain(PolicyDemo.PROCEDURE_TITLE)
                .contains(PolicyDemo.BASIC_POLICY_TITLE);
        assertThat(body("/policies?q=バックアップ", outsider)).doesNotContain(PolicyDemo.PROCEDURE_TITLE);
        assertThat(body("/policies?kind=PROCEDURE", outsider)).doesNotContain(PolicyDemo.PROCEDURE_TITLE);
        assertThat(body("/policies?q=バックアップ", member)).contains(PolicyDemo.PROCEDURE_TITLE);
        assertThat(body("/policies", editor)).contains(PolicyDemo.PROCEDURE_TITLE);
        // the draft 対策基準 has nothing approved: only those who draft see it
        assertThat(body("/policies", outsider)).doesNotContain(PolicyDemo.STANDARD_TITLE);
        assertThat(body("/policies", editor)).contains(PolicyDemo.STANDARD_TITLE);
    }

    @Test
    void theHtmxFragmentOfTheListLeavesItOutToo() throws Exception {
        var fragment = mvc.perform(get("/policies?q=手順").header("HX-Request", "true").with(as(outsider)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").doesNotContain(PolicyDemo.PROCEDURE_TITLE);
        var forMember = mvc.perform(get("/policies?q=手順").header("HX-Request", "true").with(as(member)))
                .andReturn().getResponse().getContentAsString();
        assertThat(forMember).doesNotContain("<html").contains(PolicyDemo.PROCEDURE_TITLE);
    }

    @Test
    void documentRevisionDiffAndPrintAre404ForOutsiders() throws Exception {
        var routes = new String[] {"/policies/" + procedure, "/policies/" + procedure + "/revisions/" + procedureRevision,
            "/policies/" + procedure + "/diff", "/policies/" + procedure + "/diff?from=" + procedureRevision + "&to="
                + procedureRevision, "/policies/" + procedure + "/print",
            "/policies/" + procedure + "/print?revision=" + procedureRevision};
        for (var route : routes) {
            notFound(route, outsider);
            assertThat(body(route, member)).contains(PolicyDemo.PROCEDURE_TITLE);
            assertThat(body(route, editor)).contains(PolicyDemo.PROCEDURE_TITLE);
        }
        // a revision of the public document asked for under the restricted one's id is not found either
        notFound("/policies/" + procedure + "/revisions/" + town.revision(basic, 4), outsider);
        notFound("/policies/" + basic + "/diff?from=" + procedureRevision, outsider);
    }

    @Test
    void theRedirectByKindFindsOnlyWhatTheReaderMayRead() throws Exception {
        notFound("/policies/kind/PROCEDURE", outsider);
        mvc.perform(get("/policies/kind/PROCEDURE").with(as(member))).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/policies/" + procedure));
        mvc.perform(get("/policies/kind/BASIC_POLICY").with(as(outsider))).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/policies/" + basic));
        // the 対策基準 is a draft: nothing of that kind is in force
        notFound("/policies/kind/STANDARD", editor);
        notFound("/policies/kind/NO_SUCH_KIND", editor);
    }

    @Test
    void exportsLeaveItOutAndItsHistoryExportIs404() throws Exception {
        assertThat(body("/policies/export.csv", outsider)).doesNotContain(PolicyDemo.PROCEDURE_TITLE)
                .contains(PolicyDemo.BASIC_POLICY_TITLE);
        assertThat(body("/policies/export.csv", member)).contains(PolicyDemo.PROCEDURE_TITLE);
        mvc.perform(get("/policies/export.xlsx").with(as(outsider))).andExpect(status().isOk());
        notFound("/policies/" + procedure + "/revisions/export.csv", outsider);
        notFound("/policies/" + procedure + "/revisions/export.xlsx", outsider);
        assertThat(body("/policies/" + procedure + "/revisions/export.csv", member)).contains("実施手順を制定");
        assertThat(body("/policies/" + basic + "/revisions/export.csv", outsider)).contains("平成15年12月8日");
    }

    @Test
    void theRestApiAppliesTheSameRules() throws Exception {
        assertThat(body("/api/v1/policies", outsider)).doesNotContain(PolicyDemo.PROCEDURE_TITLE)
                .contains(PolicyDemo.BASIC_POLICY_TITLE);
        assertThat(body("/api/v1/policies?size=100", member)).contains(PolicyDemo.PROCEDURE_TITLE);
        notFound("/api/v1/policies/" + procedure, outsider);
        notFound("/api/v1/policies/" + procedure + "/revisions", outsider);
        assertThat(body("/api/v1/policies/" + procedure, member)).contains("clause-3-1");
        assertThat(body("/api/v1/policies/" + basic + "/revisions", outsider)).contains("2003-12-08");
    }

    @Test
    void anotherTenantsIdsAreNotFoundOnEveryRoute() throws Exception {
        var stranger = PolicyFixture.stranger();
        var basicRevision = town.revision(basic, 4);
        for (var route : new String[] {"/policies/" + basic, "/policies/" + basic + "/revisions/" + basicRevision,
            "/policies/" + basic + "/diff", "/policies/" + basic + "/print", "/policies/" + basic + "/revisions/export.csv",
            "/policies/" + basic + "/settings", "/policies/" + basic + "/revisions/new",
            "/policies/" + basic + "/revisions/" + basicRevision + "/edit",
            "/policies/" + basic + "/revisions/" + basicRevision + "/decide", "/api/v1/policies/" + basic,
            "/api/v1/policies/" + basic + "/revisions", "/policies/kind/BASIC_POLICY"}) {
            notFound(route, stranger);
        }
        assertThat(body("/policies", stranger)).doesNotContain(PolicyDemo.BASIC_POLICY_TITLE);
        assertThat(body("/api/v1/policies", stranger)).contains("\"total\":0");
    }

    @Test
    void publicPagesShowOnlyPublicDocumentsInForce() throws Exception {
        var shelf = mvc.perform(get("/public/336661/policies")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(shelf).contains(PolicyDemo.BASIC_POLICY_TITLE).doesNotContain(PolicyDemo.PROCEDURE_TITLE)
                .doesNotContain(PolicyDemo.STANDARD_TITLE);
        var unknownCode = mvc.perform(get("/public/999999/policies")).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();
        var malformedCode = mvc.perform(get("/public/abc/policies/" + basic)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        var restricted = mvc.perform(get("/public/336661/policies/" + procedure)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        var internal = mvc.perform(get("/public/336661/policies/" + standard)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/public/336661/policies/" + UUID.randomUUID())).andExpect(status().isNotFound());
        // the four 404s look the same (apart from the request number)
        assertThat(withoutRequestId(restricted)).isEqualTo(withoutRequestId(unknownCode))
                .isEqualTo(withoutRequestId(internal)).isEqualTo(withoutRequestId(malformedCode));
        assertThat(restricted).doesNotContain(PolicyDemo.PROCEDURE_TITLE);
        // a signed-in member of the audience does not make it public either
        mvc.perform(get("/public/336661/policies/" + procedure).with(as(member))).andExpect(status().isNotFound());
    }

    @Test
    void theAudienceAndEditorsReadTheRestrictedText() throws Exception {
        assertThat(body("/policies/" + procedure, member)).contains("id=\"clause-3-1\"").contains("バックアップ");
        assertThat(body("/policies/" + procedure, editor)).contains("id=\"clause-3-1\"");
        // the 総務課 itself, not only its 係
        assertThat(body("/policies/" + procedure, town.staff("100", "総務 課員"))).contains("id=\"clause-3-1\"");
    }

    private static String withoutRequestId(String page) {
        return page.replaceAll("content=\"[^\"]{30,}\"", "content=\"#\"").replaceAll("[0-9a-fA-F-]{8,}", "#");
    }
}
