package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.MutableClock;
import jp.mamori.access.Actor;
import jp.mamori.identity.CapabilityLinks;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.TenantId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The link a contractor answers a periodic check through: it opens that one check of that one contract without an
 * account, the answer shows on the contract, and a link of another purpose, for another check, expired, revoked or
 * already used opens nothing.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
@Import(SupplierTestConfiguration.class)
class CheckLinkTests {

    private static final Actor OFFICER = Actor.system("test");

    @Autowired SupplierManagement management;
    @Autowired CapabilityLinks links;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    UUID tenant;
    Contract vendorContract;
    Contract webContract;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        var contracts = OFFICER.callAs(() -> management.contracts(tenant));
        vendorContract = contracts.stream().filter(c -> c.title().contains("標準準拠")).findFirst().orElseThrow();
        webContract = contracts.stream().filter(c -> c.title().contains("ホームページ")).findFirst().orElseThrow();
    }

    private UUID check(Contract contract) {
        return OFFICER.callAs(() -> management.scheduleCheck(tenant, contract.id(),
                "点検 " + UUID.randomUUID().toString().substring(0, 8), PeriodicCheck.Kind.QUESTIONNAIRE,
                management.today(tenant).plusWeeks(2)));
    }

    private String token(UUID check) {
        var link = OFFICER.callAs(() -> management.issueCheckLink(tenant, check));
        assertThat(link.url()).contains("/links/supplier-check/");
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private static Map<CheckQuestion, CheckAnswer> allDone() {
        var answers = new EnumMap<CheckQuestion, CheckAnswer>(CheckQuestion.class);
        for (var q : CheckQuestion.values()) {
            answers.put(q, CheckAnswer.DONE);
        }
        return answers;
    }

    private PeriodicCheck reread(UUID check) {
        return OFFICER.callAs(() -> management.check(tenant, check));
    }

    @Test
    void theContractorAnswersWithoutAnAccountAndTheAnswerShowsOnTheContract() throws Exception {
        var check = check(vendorContract);
        var token = token(check);

        var page = mvc.perform(get("/links/supplier-check/" + token)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("株式会社 吉備情報システム").contains(vendorContract.title())
                .doesNotContain("美作ウェブサービス");
        var answer = post("/links/supplier-check/" + token).with(csrf()).param("answeredBy", "岡田 誠")
                .param("remarks", "作業者名簿を4月に更新済み");
        for (var q : CheckQuestion.values()) {
            answer.param("q." + q.name(), q == CheckQuestion.TRAINING_DONE ? "PARTLY" : "DONE");
        }
        var answered = mvc.perform(answer).andReturn().getResponse();
        assertThat(answered.getStatus()).isEqualTo(200);
        assertThat(answered.getContentAsString()).contains("回答を受け付けました");

        var stored = reread(check);
        assertThat(stored.answered()).isTrue();
        assertThat(stored.answeredBy()).isEqualTo("岡田 誠");
        assertThat(stored.answerMap()).containsEntry(CheckQuestion.TRAINING_DONE, CheckAnswer.PARTLY)
                .containsEntry(CheckQuestion.ACCESS_LIMITED, CheckAnswer.DONE);
        assertThat(jdbc.sql("SELECT actor_kind FROM trail_entry WHERE action = 'supplier.check.answered'"
                        + " AND object_id = ? ORDER BY seq DESC").param(vendorContract.id().toString())
                .query(String.class).list()).first().isEqualTo("link");
    }

    @Test
    void aUsedLinkOpensNothingAndCannotAnswerAgain() throws Exception {
        var check = check(vendorContract);
        var token = token(check);
        management.answerByLink(token, allDone(), "", "岡田 誠");

        assertThat(management.linkedCheck(token)).isEmpty();
        assertThat(mvc.perform(get("/links/supplier-check/" + token)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThatThrownBy(() -> management.answerByLink(token, allDone(), "", "別人")).isInstanceOf(NotFound.class);
        assertThat(reread(check).answeredBy()).isEqualTo("岡田 誠");
        // An answered check gets no new link either.
        assertThatThrownBy(() -> token(check)).isInstanceOf(SupplierRefused.class);
    }

    @Test
    void aLinkAnswersOnlyItsOwnCheckOfItsOwnContract() {
        var vendorCheck = check(vendorContract);
        var webCheck = check(webContract);
        var vendorToken = token(vendorCheck);

        var linked = management.linkedCheck(vendorToken).orElseThrow();
        assertThat(linked.check().id()).isEqualTo(vendorCheck);
        assertThat(linked.contract().id()).isEqualTo(vendorContract.id());
        management.answerByLink(vendorToken, allDone(), "", "岡田 誠");

        assertThat(reread(vendorCheck).answered()).isTrue();
        assertThat(reread(webCheck).answered()).isFalse();
    }

    @Test
    void aLinkOfAnotherPurposeForTheSameCheckOpensNothing() throws Exception {
        var check = check(vendorContract);
        var other = links.issue(TenantId.of(tenant), "audit-review", check, clock.instant().plus(Duration.ofDays(7)),
                OFFICER);
        var token = other.url().substring(other.url().lastIndexOf('/') + 1);

        assertThat(management.linkedCheck(token)).isEmpty();
        assertThat(mvc.perform(get("/links/supplier-check/" + token)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/links/supplier-check/not-a-token")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void anExpiredOrRevokedLinkOpensNothing() throws Exception {
        var expiring = check(vendorContract);
        var expiringToken = token(expiring);
        var revoked = check(webContract);
        var revokedToken = token(revoked);
        var revokedId = OFFICER.callAs(() -> management.checkLinks(tenant, revoked)).get(0).linkId();
        OFFICER.runAs(() -> management.revokeCheckLink(tenant, revoked, revokedId));

        assertThat(management.linkedCheck(revokedToken)).isEmpty();
        assertThat(management.linkedCheck(expiringToken)).isPresent();
        clock.advance(SupplierManagement.CHECK_LINK_VALIDITY.plusMinutes(1));
        assertThat(management.linkedCheck(expiringToken)).isEmpty();
        assertThat(mvc.perform(get("/links/supplier-check/" + expiringToken)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThatThrownBy(() -> management.answerByLink(expiringToken, allDone(), "", "岡田 誠"))
                .isInstanceOf(NotFound.class);
        assertThat(reread(expiring).answered()).isFalse();
    }

    @Test
    void anIncompleteAnswerIsRefusedOnTheFormAndTheLinkStillWorks() throws Exception {
        var check = check(vendorContract);
        var token = token(check);
        var partial = mvc.perform(post("/links/supplier-check/" + token).with(csrf()).param("answeredBy", "岡田 誠")
                .param("q.ACCESS_LIMITED", "DONE")).andReturn().getResponse();
        assertThat(partial.getStatus()).isEqualTo(422);
        assertThat(partial.getContentAsString()).contains("すべての質問に回答が必要です");
        assertThat(management.linkedCheck(token)).isPresent();
        assertThat(reread(check).answered()).isFalse();
    }
}
