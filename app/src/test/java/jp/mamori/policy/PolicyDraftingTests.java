package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Permission;
import jp.mamori.tenant.Tenants;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Open a revision draft", as a risk review will ask for one, on the demo town's documents. */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=true", "mamori.test.context=policy-drafting"})
class PolicyDraftingTests {

    @Autowired PolicyDrafting drafting;
    @Autowired PolicyManagement management;
    @Autowired Tenants tenants;
    @Autowired JdbcClient jdbc;

    String column(UUID revisionId, String column) {
        return jdbc.sql("SELECT " + column + " FROM policy_revision WHERE id = ?").param(revisionId).query(String.class)
                .single();
    }

    @Test
    void opensOneAmendmentDraftFromTheApprovedTextAndReturnsItAgainWhenAskedTwice() {
        var town = new PolicyFixture(tenants, jdbc);
        var basic = town.document(PolicyDemo.BASIC_POLICY_TITLE);
        var editor = town.with("100", "起案 太郎", Permission.POLICY_EDIT);
        var approved = jdbc.sql("SELECT body FROM policy_revision WHERE document_id = ? AND state = 'APPROVED'"
                + " ORDER BY number DESC").param(basic).query(String.class).list().get(0);

        var draft = drafting.openDraft(editor, basic, "リスク評価: クラウド利用の対策を追加");
        assertThat(column(draft.value(), "state")).isEqualTo("DRAFT");
        assertThat(column(draft.value(), "kind")).isEqualTo("AMENDED");
        assertThat(column(draft.value(), "summary")).isEqualTo("リスク評価: クラウド利用の対策を追加");
        assertThat(column(draft.value(), "body")).isEqualTo(approved);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE object_id = ? AND action = 'policy.revision.drafted'")
                .param(draft.value().toString()).query(Long.class).single()).isEqualTo(1);

        assertThat(drafting.openDraft(editor, basic, "もう一度")).isEqualTo(draft);

        // Under review, the document takes no second draft until the first is decided.
        management.submit(editor, basic, draft.value(), town.revisionVersion(draft.value()));
        assertThatThrownBy(() -> drafting.openDraft(editor, basic, "三度目")).isInstanceOf(PolicyRefused.class)
                .hasMessageContaining("policy.refused.openRevision");
    }

    @Test
    void needsPolicyEditAndADocumentOfTheUsersTenant() {
        var town = new PolicyFixture(tenants, jdbc);
        var basic = town.document(PolicyDemo.BASIC_POLICY_TITLE);
        assertThatThrownBy(() -> drafting.openDraft(town.with("100", "閲覧 者", Permission.POLICY_APPROVE), basic, "x"))
                .isInstanceOf(PolicyRefused.class).hasMessageContaining("policy.refused.notEditor");
        assertThatThrownBy(() -> drafting.openDraft(PolicyFixture.stranger(), basic, "x"))
                .isInstanceOf(PolicyNotFound.class);
    }
}
