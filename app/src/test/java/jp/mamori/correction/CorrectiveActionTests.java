package jp.mamori.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.mamori.kernel.Decision;

import org.junit.jupiter.api.Test;

/** The corrective action's states and the rule that whoever completed it cannot verify it; no Spring. */
class CorrectiveActionTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");
    static final CorrectiveActionSource AUDIT = new CorrectiveActionSource("audit", "AuditFinding",
            UUID.randomUUID().toString(), "指摘 1");

    static CorrectiveAction opened() {
        return CorrectiveAction.open(UUID.randomUUID(), AUDIT, "USB メモリの管理台帳を整備する", UUID.randomUUID(),
                TODAY.plusDays(30), TODAY);
    }

    private static String refusal(Decision decision) {
        return decision instanceof Decision.Refusal r ? r.messageKey() : "allowed";
    }

    @Test
    void goesFromOpenThroughProgressAndCompletionToVerifiedBySomeoneElse() {
        var action = opened();
        assertThat(action.state()).isEqualTo(CorrectiveActionState.OPEN);
        action.recordProgress(NOW, "account:a", "山田", "台帳の様式を作成");
        assertThat(action.state()).isEqualTo(CorrectiveActionState.IN_PROGRESS);
        action.complete(NOW, "account:a", "山田", "全課の USB メモリを登録");
        assertThat(action.state()).isEqualTo(CorrectiveActionState.DONE);
        action.verify(NOW, "account:b", "佐藤", true, null);
        assertThat(action.state()).isEqualTo(CorrectiveActionState.VERIFIED);
        assertThat(action.verifiedBy()).isEqualTo("account:b");
        assertThat(action.notes()).extracting(CorrectiveAction.Note::text).containsExactly("台帳の様式を作成",
                "全課の USB メモリを登録");
    }

    @Test
    void whoeverCompletedItCannotVerifyIt() {
        var action = opened();
        action.complete(NOW, "account:a", "山田", "対応済み");
        assertThat(refusal(action.mayVerify("account:a"))).isEqualTo("correction.refused.ownVerification");
        assertThatThrownBy(() -> action.verify(NOW, "account:a", "山田", true, null))
                .isInstanceOf(CorrectionRefused.class)
                .extracting(e -> ((CorrectionRefused) e).messageKey()).isEqualTo("correction.refused.ownVerification");
        assertThat(action.state()).isEqualTo(CorrectiveActionState.DONE);
    }

    @Test
    void aFailedVerificationSendsItBackToOpenWithTheReasonAndClearsTheCompletion() {
        var action = opened();
        action.complete(NOW, "account:a", "山田", "対応済み");
        assertThatThrownBy(() -> action.verify(NOW, "account:b", "佐藤", false, " "))
                .isInstanceOf(CorrectionRefused.class);
        action.verify(NOW, "account:b", "佐藤", false, "2 課の台帳が未登録");
        assertThat(action.state()).isEqualTo(CorrectiveActionState.OPEN);
        assertThat(action.completedBy()).isNull();
        assertThat(action.notes()).last().extracting(CorrectiveAction.Note::text).isEqualTo("2 課の台帳が未登録");
        // the next completion is verified afresh, by whoever did not complete it this time
        action.complete(NOW, "account:b", "佐藤", "残りを登録");
        assertThat(action.mayVerify("account:b").allowed()).isFalse();
        assertThat(action.mayVerify("account:a").allowed()).isTrue();
    }

    @Test
    void refusesStepsThatDoNotFitTheStateItFinds() {
        var action = opened();
        assertThat(refusal(action.mayVerify("account:b"))).isEqualTo("correction.refused.notDone");
        action.complete(NOW, "account:a", "山田", "対応済み");
        assertThatThrownBy(() -> action.recordProgress(NOW, "account:a", "山田", "追記"))
                .isInstanceOf(CorrectionRefused.class);
        assertThatThrownBy(() -> action.complete(NOW, "account:a", "山田", "再完了"))
                .isInstanceOf(CorrectionRefused.class);
    }

    @Test
    void isOpenedWithATitleAndADueDateNotInThePastAndIsOverdueOnlyUntilDone() {
        assertThatThrownBy(() -> CorrectiveAction.open(UUID.randomUUID(), AUDIT, "件名", UUID.randomUUID(),
                TODAY.minusDays(1), TODAY)).isInstanceOf(CorrectionRefused.class);
        assertThatThrownBy(() -> CorrectiveAction.open(UUID.randomUUID(), AUDIT, "  ", UUID.randomUUID(), TODAY,
                TODAY)).isInstanceOf(CorrectionRefused.class);
        var action = opened();
        assertThat(action.overdueOn(TODAY.plusDays(30))).isFalse();
        assertThat(action.overdueOn(TODAY.plusDays(31))).isTrue();
        action.complete(NOW, "account:a", "山田", "対応済み");
        assertThat(action.overdueOn(TODAY.plusDays(31))).isFalse();
    }
}
