package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.mamori.kernel.Decision;

import org.junit.jupiter.api.Test;

/** The revision workflow and which revision is in force on a day, without Spring. */
class RevisionTests {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID DOCUMENT = UUID.randomUUID();
    private static final UUID STAFF = UUID.randomUUID();
    private static final Signatory AUTHOR = new Signatory(UUID.randomUUID(), STAFF, "起案 太郎");
    private static final Signatory APPROVER = new Signatory(UUID.randomUUID(), UUID.randomUUID(), "承認 花子");

    static Revision inReview(int number, RevisionKind kind, LocalDate date) {
        var revision = Revision.draft(TENANT, DOCUMENT, number, kind, date, "概要", "## 1. 目的\n\n本文\n", AUTHOR);
        assertThat(revision.submit(Instant.now()).allowed()).isTrue();
        return revision;
    }

    static Revision approved(int number, RevisionKind kind, LocalDate date) {
        var revision = inReview(number, kind, date);
        assertThat(revision.approve(APPROVER, null, Instant.now()).allowed()).isTrue();
        return revision;
    }

    @Test
    void theAuthorCannotApproveEvenUnderAnotherAccountOfTheSameStaffMember() {
        var revision = inReview(2, RevisionKind.AMENDED, LocalDate.of(2026, 4, 1));
        var sameAccount = revision.approve(AUTHOR, null, Instant.now());
        var sameStaff = revision.approve(new Signatory(UUID.randomUUID(), STAFF, "起案 太郎（別アカウント）"), null,
                Instant.now());
        assertThat(List.of(sameAccount, sameStaff)).allSatisfy(decision -> {
            assertThat(decision).isInstanceOf(Decision.Refusal.class);
            assertThat(((Decision.Refusal) decision).messageKey()).isEqualTo("policy.refused.selfApproval");
        });
        assertThat(revision.state()).isEqualTo(RevisionState.IN_REVIEW);
        assertThat(revision.approve(APPROVER, LocalDate.of(2026, 5, 1), Instant.now()).allowed()).isTrue();
        assertThat(revision.inForceFrom()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void onlyADraftChangesAndOnlyARevisionUnderReviewIsDecided() {
        var revision = approved(1, RevisionKind.ENACTED, LocalDate.of(2026, 4, 1));
        assertThat(((Decision.Refusal) revision.edit(RevisionKind.AMENDED, LocalDate.now(), "x", "y")).arguments())
                .containsExactly("APPROVED");
        assertThat(revision.submit(Instant.now()).allowed()).isFalse();
        assertThat(revision.sendBack(APPROVER, "理由", Instant.now()).allowed()).isFalse();
        assertThat(revision.withdraw().allowed()).isFalse();
    }

    @Test
    void sendingBackNeedsAReasonAndReturnsTheRevisionToDraft() {
        var revision = inReview(2, RevisionKind.AMENDED, LocalDate.of(2026, 4, 1));
        assertThat(revision.sendBack(APPROVER, "  ", Instant.now()).allowed()).isFalse();
        assertThat(revision.sendBack(APPROVER, "第3条を見直してください", Instant.now()).allowed()).isTrue();
        assertThat(revision.state()).isEqualTo(RevisionState.DRAFT);
        assertThat(revision.returnComment()).isEqualTo("第3条を見直してください");
        assertThat(revision.edit(RevisionKind.AMENDED, LocalDate.of(2026, 4, 2), "直した", "本文").allowed()).isTrue();
    }

    @Test
    void theNewestApprovedRevisionInForceByTheDayApplies() {
        var first = approved(1, RevisionKind.ENACTED, LocalDate.of(2003, 12, 8));
        var second = approved(2, RevisionKind.AMENDED, LocalDate.of(2026, 4, 1));
        var scheduled = approved(3, RevisionKind.AMENDED, LocalDate.of(2027, 4, 1));
        var draft = Revision.draft(TENANT, DOCUMENT, 4, RevisionKind.AMENDED, LocalDate.of(2026, 1, 1), "x", "y", AUTHOR);
        var history = List.of(draft, scheduled, second, first);
        assertThat(InForce.on(history, LocalDate.of(2003, 12, 7)).revision()).isNull();
        assertThat(InForce.on(history, LocalDate.of(2026, 3, 31)).revision()).isSameAs(first);
        assertThat(InForce.on(history, LocalDate.of(2026, 4, 1)).revision()).isSameAs(second);
        assertThat(InForce.on(history, LocalDate.of(2027, 4, 1)).revision()).isSameAs(scheduled);
    }

    @Test
    void anAbolitionEndsTheDocumentFromItsDate() {
        var enacted = approved(1, RevisionKind.ENACTED, LocalDate.of(2020, 4, 1));
        var abolished = approved(2, RevisionKind.ABOLISHED, LocalDate.of(2026, 4, 1));
        var history = List.of(abolished, enacted);
        assertThat(InForce.on(history, LocalDate.of(2026, 3, 31)).text()).containsSame(enacted);
        var after = InForce.on(history, LocalDate.of(2026, 4, 1));
        assertThat(after.abolished()).isTrue();
        assertThat(after.text()).isEmpty();
    }
}
