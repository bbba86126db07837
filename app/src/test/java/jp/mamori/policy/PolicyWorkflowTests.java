package jp.mamori.policy;

import static jp.mamori.policy.PolicyFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.Tenants;
import jp.mamori.web.Wareki;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Done when: a new revision of the demo 基本方針 is drafted by one person, submitted, refused to its own author,
 * approved by another, and then the public page shows the new text and the updated 改訂履歴 in 和暦, and the
 * comparison shows the changed clause. Across the real app, on H2 and PostgreSQL.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=true", "mamori.test.context=policy-workflow"})
@AutoConfigureMockMvc
@RecordApplicationEvents
class PolicyWorkflowTests {

    private static final String OLD_CLAUSE = "インターネット接続系においては、不正通信の監視機能の強化等の高度な情報セキュリティ対策を実施する。";
    private static final String NEW_CLAUSE = "インターネット接続系においては、不正通信の監視機能の強化及び多要素認証の徹底等の高度な情報セキュリティ対策を実施する。";

    @Autowired
    Readership readership;
    @Autowired
    MockMvc mvc;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Wareki wareki;

    PolicyFixture town;
    UUID basic;
    CurrentUser author;
    CurrentUser approver;

    @BeforeEach
    void setUp() {
        town = new PolicyFixture(tenants, jdbc);
        basic = town.document(PolicyDemo.BASIC_POLICY_TITLE);
        // the author may approve revisions in general (like a CISO), just not their own
        author = town.with("1003", "起案 太郎", Permission.POLICY_EDIT, Permission.POLICY_APPROVE);
        approver = town.with("100", "承認 花子", Permission.POLICY_APPROVE);
    }

    @Test
    void aRevisionDraftedByOneAndApprovedByAnotherIsPublishedWithItsHistoryAndDiff() throws Exception {
        var today = readership.today(town.tenantId);
        var form = mvc.perform(get("/policies/" + basic + "/revisions/new").with(as(author))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains(OLD_CLAUSE); // the form starts from the text in force
        var text = PolicyDemo.text("kumenan-basic-policy.md");
        assertThat(text).contains(OLD_CLAUSE);

        var drafted = mvc.perform(post("/policies/" + basic + "/revisions").with(as(author)).with(csrf())
                        .param("kind", "AMENDED").param("revisionDate", today.toString())
                        .param("summary", "6(2)③ に多要素認証を追加").param("body", text.replace(OLD_CLAUSE, NEW_CLAUSE)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var revision = town.revision(basic, 5);
        assertThat(drafted).isEqualTo("/policies/" + basic + "/revisions/" + revision);

        mvc.perform(post(drafted + "/submit").with(as(author)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());

        // 兼務の禁止: the author cannot approve their own revision, whatever their permissions
        var refused = mvc.perform(post(drafted + "/approve").with(as(author)).with(csrf()).param("version", "1"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("自分の改訂を承認できません");
        assertThat(jdbc.sql("SELECT state FROM policy_revision WHERE id = ?").param(revision).query(String.class).single())
                .isEqualTo("IN_REVIEW");
        // nor publish it before approval
        assertThat(publicPage()).doesNotContain(NEW_CLAUSE);

        mvc.perform(get(drafted + "/decide").with(as(approver))).andExpect(status().isOk());
        mvc.perform(post(drafted + "/approve").with(as(approver)).with(csrf()).param("version", "1")
                .param("inForceFrom", today.toString())).andExpect(status().is3xxRedirection());
        assertThat(events.stream(RevisionApproved.class))
                .containsExactly(new RevisionApproved(town.tenantId, basic, revision, today));

        // the public page: the new text and the history with the new date in 和暦, oldest first as in the seed
        var page = Jsoup.parse(publicPage());
        assertThat(page.getElementById("clause-6-2-3").text()).contains("多要素認証の徹底");
        assertThat(page.select("table.history tbody th[scope=row]").eachText()).containsExactly("平成15年12月8日",
                "平成19年4月1日", "平成28年9月1日", "令和8年4月1日", wareki.format(today));
        assertThat(page.select("table.history tbody tr").last().text()).contains("改定").contains("多要素認証を追加");

        // the comparison (for any reader) shows 6(2) as the one changed clause, the change marked
        var diff = Jsoup.parse(mvc.perform(get("/policies/" + basic + "/diff").with(as(town.staff("110", "読者"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(diff.select(".clause-change h2").eachText()).hasSize(1).first().asString()
                .contains("(2) 情報システム全体の強靱性の向上");
        assertThat(diff.select(".clause-change ins").text()).contains("及び多要素認証の徹底");

        // a stale decision is a conflict, not a second approval; one trail entry per change
        mvc.perform(post(drafted + "/approve").with(as(approver)).with(csrf()).param("version", "1"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT action FROM trail_entry WHERE tenant_id = ? AND object_id = ? ORDER BY seq")
                .params(town.tenantId, revision.toString()).query(String.class).list())
                .containsExactly("policy.revision.drafted", "policy.revision.submitted", "policy.revision.approved");
    }

    @Test
    void theAuthorReadsWhyTheyCannotApproveAndARefusedAttemptComesBackOnTheFormAndIntoTheTrail() throws Exception {
        var created = mvc.perform(post("/policies").with(as(author)).with(csrf()).param("kind", "PROCEDURE")
                        .param("title", "自己承認の試験").param("disclosure", "INTERNAL").param("revisionDate", "2026-12-01")
                        .param("summary", "制定").param("body", "## 1. 目的\n"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var document = town.document("自己承認の試験");
        var draft = "/policies/" + document + "/revisions/" + town.revision(document, 1);
        assertThat(created).startsWith("/policies/" + document);
        mvc.perform(post(draft + "/submit").with(as(author)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());

        // the author, who holds POLICY_APPROVE, is told why instead of being offered the button
        var page = Jsoup.parse(mvc.perform(get(draft).with(as(author))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("a[href*=decide][href*=approve]")).isEmpty();
        assertThat(page.select("#approval-refusal").text()).contains("自分の改訂を承認できません");
        var forApprover = Jsoup.parse(mvc.perform(get(draft).with(as(approver))).andReturn().getResponse()
                .getContentAsString());
        assertThat(forApprover.select("a[href*=decide][href*=approve]")).hasSize(1);
        assertThat(forApprover.select("#approval-refusal")).isEmpty();

        // an attempt anyway (an old tab) comes back on the confirmation page with the reason and the date typed
        var refused = Jsoup.parse(mvc.perform(post(draft + "/approve").with(as(author)).with(csrf())
                        .param("version", "1").param("inForceFrom", "2026-12-24"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#approve-refused").text()).contains("自分の改訂を承認できません");
        assertThat(refused.select("h1").text()).isEqualTo("この改訂を承認しますか");
        assertThat(refused.select("a[href=" + draft + "]")).isNotEmpty();

        // and the trail keeps the attempt with its reason, although nothing changed
        assertThat(jdbc.sql("SELECT summary FROM trail_entry WHERE tenant_id = ? AND action = 'trail.attempt.refused'"
                        + " AND object_id = 'policy.refused.selfApproval'").param(town.tenantId).query(String.class).list())
                .anySatisfy(summary -> assertThat(summary).contains("自分の改訂を承認できません").contains(draft + "/approve"));
    }

    @Test
    void aStaleEditIsAConflictAndSendingBackNeedsAComment() throws Exception {
        var procedure = town.document(PolicyDemo.STANDARD_TITLE);
        var draft = "/policies/" + procedure + "/revisions/" + town.revision(procedure, 1);
        mvc.perform(post(draft).with(as(author)).with(csrf()).param("kind", "ENACTED").param("revisionDate", "2026-10-01")
                .param("summary", "骨子を修正").param("body", "## 1. 対象範囲及び用語説明\n\n本文\n").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(draft).with(as(approver)).with(csrf()).param("kind", "ENACTED").param("revisionDate", "2026-10-01")
                .param("summary", "古い版に基づく変更").param("body", "x").param("version", "0"))
                .andExpect(status().isForbidden()); // approvers without POLICY_EDIT cannot edit at all
        var otherEditor = town.with("100", "別の 起案者", Permission.POLICY_EDIT);
        mvc.perform(post(draft).with(as(otherEditor)).with(csrf()).param("kind", "ENACTED")
                .param("revisionDate", "2026-10-01").param("summary", "古い版に基づく変更").param("body", "x")
                .param("version", "0")).andExpect(status().isConflict());

        mvc.perform(post(draft + "/submit").with(as(author)).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(draft + "/send-back").with(as(approver)).with(csrf()).param("version", "2").param("comment", " "))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(draft + "/send-back").with(as(approver)).with(csrf()).param("version", "2")
                .param("comment", "第2章の各節に本文を入れてください")).andExpect(status().is3xxRedirection());
        var page = mvc.perform(get(draft).with(as(author))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("第2章の各節に本文を入れてください").contains("起案中");
    }

    @Test
    void aPublicProcedureIsRefusedWithTheReasonOfClauseTen() throws Exception {
        var answer = mvc.perform(post("/policies").with(as(author)).with(csrf()).param("kind", "PROCEDURE")
                        .param("title", "公開してはならない手順").param("disclosure", "PUBLIC").param("revisionDate", "2026-12-01")
                        .param("summary", "制定").param("body", "## 1. 目的\n"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("実施手順は公開できません");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM policy_document WHERE title = '公開してはならない手順'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void documentSettingsKeepProceduresPrivateAndDetectStaleEdits() throws Exception {
        var procedure = town.document(PolicyDemo.PROCEDURE_TITLE);
        var settings = "/policies/" + procedure + "/settings";
        mvc.perform(get(settings).with(as(author))).andExpect(status().isOk());
        var refused = mvc.perform(post(settings).with(as(author)).with(csrf()).param("kind", "PROCEDURE")
                        .param("title", PolicyDemo.PROCEDURE_TITLE).param("disclosure", "PUBLIC").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("実施手順は公開できません");
        mvc.perform(get("/public/336661/policies/" + procedure)).andExpect(status().isNotFound());

        // the audience moves from the 総務課 to holders of the CISO role
        var soumuStaff = town.staff("1003", "情報 係員");
        mvc.perform(get("/policies/" + procedure).with(as(soumuStaff))).andExpect(status().isOk());
        mvc.perform(post(settings).with(as(author)).with(csrf()).param("kind", "PROCEDURE")
                .param("title", PolicyDemo.PROCEDURE_TITLE).param("disclosure", "RESTRICTED").param("roles", "CISO")
                .param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/policies/" + procedure).with(as(soumuStaff))).andExpect(status().isNotFound());
        mvc.perform(post(settings).with(as(author)).with(csrf()).param("kind", "PROCEDURE")
                .param("title", "古い画面からの変更").param("disclosure", "RESTRICTED").param("roles", "CISO")
                .param("version", "0")).andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE object_id = ? AND action = 'policy.document.changed'")
                .param(procedure.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDashboardCountsRevisionsAwaitingReviewForApprovers() throws Exception {
        var home = mvc.perform(get("/").with(as(approver))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("審査待ちの改訂");
        var plain = mvc.perform(get("/").with(as(town.staff("110", "読者")))).andReturn().getResponse()
                .getContentAsString();
        assertThat(plain).doesNotContain("審査待ちの改訂").contains("ポリシー文書");
    }

    private String publicPage() throws Exception {
        return mvc.perform(get("/public/336661/policies/" + basic)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
