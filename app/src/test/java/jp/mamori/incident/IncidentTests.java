package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IncidentTests {

    final ReportingRules rules = new ReportingRules(ReportingDeadlines.DEFAULTS);
    final Instant now = Instant.parse("2026-12-01T01:00:00Z");

    Incident reported(int people) {
        return Incident.report(UUID.randomUUID(), UUID.randomUUID(), "account:1", "山田", "内線 123", "",
                ReportingRulesTests.facts(people, false, false, false, false), now, rules);
    }

    @Test
    void aReportStartsReportedWithItsObligationsDerived() {
        var incident = reported(150);
        assertThat(incident.state()).isEqualTo(IncidentState.REPORTED);
        assertThat(incident.activeObligations()).extracting(TrackedObligation::body)
                .containsExactly(ReportingBody.PPC, ReportingBody.PREFECTURE);
    }

    @Test
    void noStateCanBeSkipped() {
        var incident = reported(5);
        assertThatThrownBy(() -> incident.advance(IncidentState.INVESTIGATING)).isInstanceOf(IncidentRefused.class)
                .hasMessageContaining("incident.refused.skip");
        assertThatThrownBy(() -> incident.close("原因", "対策", now)).isInstanceOf(IncidentRefused.class);
        incident.triage("中");
        assertThatThrownBy(() -> incident.advance(IncidentState.CONTAINED)).isInstanceOf(IncidentRefused.class);
        assertThatThrownBy(() -> incident.triage("高")).isInstanceOf(IncidentRefused.class);
        incident.advance(IncidentState.INVESTIGATING);
        incident.advance(IncidentState.CONTAINED);
        assertThatThrownBy(() -> incident.advance(IncidentState.PREVENTING)).isInstanceOf(IncidentRefused.class);
        incident.advance(IncidentState.RECOVERED);
        assertThatThrownBy(() -> incident.close("原因", "対策", now)).isInstanceOf(IncidentRefused.class);
        incident.advance(IncidentState.PREVENTING);
        assertThatThrownBy(() -> incident.advance(IncidentState.CLOSED)).isInstanceOf(IncidentRefused.class);
        assertThatThrownBy(() -> incident.close(" ", "対策", now)).isInstanceOf(IncidentRefused.class);
        incident.close("持ち出し手順の不徹底", "暗号化USBのみ許可", now);
        assertThat(incident.state()).isEqualTo(IncidentState.CLOSED);
        assertThat(incident.closedAt()).isEqualTo(now);
        assertThatThrownBy(() -> incident.advance(IncidentState.RECEIVED)).isInstanceOf(IncidentRefused.class);
    }

    @Test
    void correctingTheCountReDerivesTheObligations() {
        var incident = reported(100);
        assertThat(incident.activeObligations()).isEmpty();
        var change = incident.correct(ReportingRulesTests.facts(101, false, false, false, false), rules);
        assertThat(change).contains("+PPC");
        assertThat(incident.activeObligations()).extracting(TrackedObligation::body).contains(ReportingBody.PPC);
        incident.correct(ReportingRulesTests.facts(101, false, false, true, false), rules);
        var ppc = incident.activeObligations().get(0);
        assertThat(ppc.finalDue()).isEqualTo(ReportingRulesTests.FOUND.plusDays(60));
        assertThat(ppc.reasons()).containsExactly("over100", "malice");
        var back = incident.correct(ReportingRulesTests.facts(99, false, false, false, false), rules);
        assertThat(back).contains("-PPC");
        assertThat(incident.activeObligations()).isEmpty();
        assertThat(incident.obligations()).allMatch(TrackedObligation::withdrawn);
    }

    @Test
    void whatWasSentIsKeptThroughReDerivation() {
        var incident = reported(150);
        incident.recordSent(ReportingBody.PPC, ReportStage.PRELIMINARY, now, "account:2", "速報をメールで送付");
        assertThatThrownBy(() -> incident.recordSent(ReportingBody.PPC, ReportStage.PRELIMINARY, now, "a", "again"))
                .isInstanceOf(IncidentRefused.class);
        assertThatThrownBy(() -> incident.recordSent(ReportingBody.PREFECTURE, ReportStage.FINAL, now, "a", "x"))
                .isInstanceOf(IncidentRefused.class);
        assertThatThrownBy(() -> incident.recordSent(ReportingBody.POLICE, ReportStage.PRELIMINARY, now, "a", "x"))
                .isInstanceOf(IncidentRefused.class);
        incident.correct(ReportingRulesTests.facts(160, false, false, false, false), rules);
        var ppc = incident.activeObligations().get(0);
        assertThat(ppc.preliminarySentAt()).isEqualTo(now);
        assertThat(ppc.done()).isFalse();
        assertThat(ppc.nextDue()).isEqualTo(ppc.finalDue());
        incident.recordSent(ReportingBody.PPC, ReportStage.FINAL, now, "account:2", "確報");
        assertThat(incident.activeObligations().get(0).done()).isTrue();
    }

    @Test
    void aClosedIncidentsFactsCannotChange() {
        var incident = reported(1);
        incident.triage("低");
        incident.advance(IncidentState.INVESTIGATING);
        incident.advance(IncidentState.CONTAINED);
        incident.advance(IncidentState.RECOVERED);
        incident.advance(IncidentState.PREVENTING);
        incident.close("原因", "対策", now);
        assertThatThrownBy(() -> incident.correct(ReportingRulesTests.facts(200, false, false, false, false), rules))
                .isInstanceOf(IncidentRefused.class);
    }
}
