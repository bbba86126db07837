package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportingRulesTests {

    static final LocalDate FOUND = LocalDate.of(2026, 12, 1);
    final ReportingRules rules = new ReportingRules(ReportingDeadlines.DEFAULTS);

    static IncidentFacts facts(int people, boolean sensitive, boolean myNumber, boolean malice, boolean money) {
        return new IncidentFacts("USBメモリ紛失", "", FOUND, "", people > 0, people, sensitive, myNumber, malice, money,
                true);
    }

    static List<ReportingBody> bodies(List<Obligation> obligations) {
        return obligations.stream().map(Obligation::body).toList();
    }

    @ParameterizedTest(name = "{0} people, sensitive {1}, my number {2}, malice {3} -> PPC {4}")
    @CsvSource({
            "99, false, false, false, false",
            "100, false, false, false, false",
            "101, false, false, false, true",
            "150, false, false, false, true",
            "99, true, false, false, true",
            "100, true, false, false, true",
            "101, true, false, false, true",
            "99, false, true, false, true",
            "100, false, true, false, true",
            "101, false, true, false, true",
            "99, false, false, true, true",
            "100, false, false, true, true",
            "101, false, false, true, true",
            "1, false, false, false, false",
    })
    void theCommissionReportFollowsTheThresholds(int people, boolean sensitive, boolean myNumber, boolean malice,
            boolean ppc) {
        var derived = rules.derive(facts(people, sensitive, myNumber, malice, false));
        assertThat(bodies(derived).contains(ReportingBody.PPC)).isEqualTo(ppc);
        assertThat(bodies(derived).contains(ReportingBody.PREFECTURE)).isEqualTo(ppc);
        assertThat(bodies(derived).contains(ReportingBody.POLICE)).isEqualTo(malice);
    }

    @Test
    void withoutMaliceTheFinalReportIsDueInThirtyDaysAndThePreliminaryInThree() {
        var ppc = rules.derive(facts(101, false, false, false, false)).get(0);
        assertThat(ppc.body()).isEqualTo(ReportingBody.PPC);
        assertThat(ppc.reasons()).containsExactly("over100");
        assertThat(ppc.preliminaryDue()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(ppc.finalDue()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void withMaliceTheFinalReportIsDueInSixtyDays() {
        var ppc = rules.derive(facts(99, false, false, true, false)).get(0);
        assertThat(ppc.reasons()).containsExactly("malice");
        assertThat(ppc.finalDue()).isEqualTo(FOUND.plusDays(60));
        assertThat(rules.derive(facts(101, true, true, true, false)).get(0).reasons())
                .containsExactly("over100", "sensitive", "myNumber", "malice");
    }

    @Test
    void possibleFinancialHarmAloneCallsForTheReport() {
        assertThat(bodies(rules.derive(facts(3, false, false, false, true)))).containsExactly(ReportingBody.PPC,
                ReportingBody.PREFECTURE);
    }

    @Test
    void withoutPersonalDataOnlyMaliceMatters() {
        var noData = new IncidentFacts("不審メール", "", FOUND, "", false, 0, false, false, false, false, false);
        assertThat(rules.derive(noData)).isEmpty();
        var attack = new IncidentFacts("不正アクセス", "", FOUND, "", false, 0, false, false, true, false, false);
        assertThat(bodies(rules.derive(attack))).containsExactly(ReportingBody.POLICE);
    }

    @Test
    void deadlinesAreConfigurable() {
        var five = new ReportingRules(new ReportingDeadlines(5, 30, 60)).derive(facts(150, false, false, false, false));
        assertThat(five.get(0).preliminaryDue()).isEqualTo(FOUND.plusDays(5));
    }
}
