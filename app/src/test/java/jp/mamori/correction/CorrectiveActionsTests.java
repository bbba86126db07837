package jp.mamori.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.kernel.EditConflict;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.TenantCalendar;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Corrective actions in the database: steps with their trail entries, optimistic locking, tenants, overdue count. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
class CorrectiveActionsTests {

    private static final AtomicInteger CODES = new AtomicInteger(30000 + (int) (Math.random() * 20000));
    static final Actor YAMADA = new Actor("account", "yamada", "山田");
    static final Actor SATO = new Actor("account", "sato", "佐藤");

    @Autowired
    CorrectiveActions actions;
    @Autowired
    TenantCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    UUID town;
    UUID other;
    UUID unit = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        town = tenant();
        other = tenant();
    }

    private UUID tenant() {
        var id = UUID.randomUUID();
        var code = LocalGovernmentCode.withCheckDigit(Integer.toString(CODES.incrementAndGet()));
        jdbc.sql("INSERT INTO tenant (id, name, name_kana, name_romaji, code, fiscal_year_start_month, scheme,"
                        + " separation_model, mfa_for_all, version) VALUES (?, ?, ?, ?, ?, 4, 'R6_10', 'ALPHA', FALSE, 0)")
                .params(id, "試験町" + code, "しけんちょう", "Test Town", code.value()).update();
        return id;
    }

    private UUID open() {
        return YAMADA.callAs(() -> actions.open(town, CorrectiveActionTests.AUDIT, "USB メモリの管理台帳を整備する",
                unit, calendar.today(town).plusDays(14)));
    }

    @Test
    void eachStepIsStoredWithItsTrailEntryAndTheCompleterCannotVerify() {
        var id = open();
        YAMADA.runAs(() -> actions.recordProgress(town, id, 0, "様式を作成"));
        YAMADA.runAs(() -> actions.complete(town, id, 1, "全課分を登録"));
        assertThatThrownBy(() -> YAMADA.runAs(() -> actions.verify(town, id, 2, true, null)))
                .isInstanceOf(CorrectionRefused.class);
        SATO.runAs(() -> actions.verify(town, id, 2, true, "抜き取りで確認"));
        var action = actions.get(town, id);
        assertThat(action.state()).isEqualTo(CorrectiveActionState.VERIFIED);
        assertThat(action.completedBy()).isEqualTo("account:yamada");
        assertThat(action.verifiedBy()).isEqualTo("account:sato");
        assertThat(action.version()).isEqualTo(3);
        assertThat(action.notes()).extracting(CorrectiveAction.Note::byName).containsExactly("山田", "山田", "佐藤");
        assertThat(jdbc.sql("SELECT action FROM trail_entry WHERE tenant_id = ? AND object_id = ? ORDER BY seq")
                .params(town, id.toString()).query(String.class).list()).containsExactly("correction.action.opened",
                "correction.action.progressed", "correction.action.completed", "correction.action.verified");
    }

    @Test
    void aStaleVersionIsAConflictAndAnotherTenantsActionIsNotFound() {
        var id = open();
        YAMADA.runAs(() -> actions.recordProgress(town, id, 0, "着手"));
        assertThatThrownBy(() -> YAMADA.runAs(() -> actions.complete(town, id, 0, "古い画面から")))
                .isInstanceOf(EditConflict.class);
        assertThat(actions.get(town, id).state()).isEqualTo(CorrectiveActionState.IN_PROGRESS);
        assertThatThrownBy(() -> actions.get(other, id)).isInstanceOf(CorrectiveActionNotFound.class);
        assertThatThrownBy(() -> SATO.runAs(() -> actions.recordProgress(other, id, 1, "他団体から")))
                .isInstanceOf(CorrectiveActionNotFound.class);
    }

    @Test
    void countsTheActionsPastTheirDueDateOnTheTenantsBusinessDate() {
        var id = open();
        assertThat(actions.overdue(town)).isZero();
        jdbc.sql("UPDATE corrective_action SET due_date = ? WHERE id = ?")
                .params(calendar.today(town).minusDays(1), id).update();
        assertThat(actions.overdue(town)).isEqualTo(1);
        assertThat(actions.overdue(other)).isZero();
        YAMADA.runAs(() -> actions.complete(town, id, 0, "対応済み"));
        assertThat(actions.overdue(town)).isZero();
    }
}
