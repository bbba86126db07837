package jp.mamori.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.organization.SecurityRole;
import jp.mamori.tenant.SeparationModel;
import jp.mamori.kernel.Decision;

import org.junit.jupiter.api.Test;

/** The rules of a statement line and the coverage figures, on a small catalogue built for the test. */
class StatementRulesTests {

    static ApplicabilityEntry line(Applicability a, String reason, ImplementationStatus s) {
        return new ApplicabilityEntry("MIC-STD-1.1.1", a, reason, s, null, null, "", "", null, 0);
    }

    @Test
    void notApplicableNeedsAReason() {
        assertThat(key(line(Applicability.NOT_APPLICABLE, "  ", ImplementationStatus.NOT_APPLICABLE).check())).isEqualTo("catalog.refused.reasonRequired");
        assertThat(line(Applicability.NOT_APPLICABLE, "αモデルのため", ImplementationStatus.NOT_APPLICABLE).check().allowed())
                .isTrue();
    }

    @Test
    void statusFollowsApplicability() {
        assertThat(key(line(Applicability.NOT_APPLICABLE, "理由", ImplementationStatus.IMPLEMENTED).check())).isEqualTo("catalog.refused.statusOfNotApplicable");
        assertThat(key(line(Applicability.APPLICABLE, "", ImplementationStatus.NOT_APPLICABLE).check())).isEqualTo("catalog.refused.statusOfApplicable");
        for (var status : ImplementationStatus.FOR_APPLICABLE) {
            assertThat(line(Applicability.APPLICABLE, "", status).check().allowed()).as(status.name()).isTrue();
        }
    }

    @Test
    void oneOwnerAtMostAndTextsWithinTheirLength() {
        var both = new ApplicabilityEntry("MIC-STD-1.1.1", Applicability.APPLICABLE, "", ImplementationStatus.PARTIAL,
                SecurityRole.CISO, UUID.randomUUID(), "", "", null, 0);
        assertThat(key(both.check())).isEqualTo("catalog.refused.oneOwner");
        var longArticle = new ApplicabilityEntry("MIC-STD-1.1.1", Applicability.APPLICABLE, "",
                ImplementationStatus.PARTIAL, null, null, "第".repeat(61), "", null, 0);
        assertThat(longArticle.check().allowed()).isFalse();
    }

    @Test
    void theFormMakesANotApplicableLineNotApplicableWhateverStatusWasSelected() {
        var change = new MeasureForm("NOT_APPLICABLE", "使用していないため", "IMPLEMENTED", "ROLE:CISO", "第3条", "", 0L)
                .change();
        assertThat(change.status()).isEqualTo(ImplementationStatus.NOT_APPLICABLE);
        assertThat(change.ownerRole()).isEqualTo(SecurityRole.CISO);
    }

    @Test
    void coverageCountsEachChapterAndEachClauseOfASmallCatalogue() {
        var none = EnumSet.noneOf(SeparationModel.class);
        var a = new Measure("MIC-STD-1.1.1", "MIC-STD-1", "MIC-STD-1.1", "a", "a", "r", "r", List.of("6(1)"), List.of(), none);
        var b = new Measure("MIC-STD-1.1.2", "MIC-STD-1", "MIC-STD-1.1", "b", "b", "r", "r", List.of("6(1)", "6(3)"),
                List.of(), none);
        var c = new Measure("MIC-STD-2.1.1", "MIC-STD-2", "MIC-STD-2.1", "c", "c", "r", "r", List.of("6(3)"), List.of(), none);
        var d = new Measure("MIC-STD-2.1.2", "MIC-STD-2", "MIC-STD-2.1", "d", "d", "r", "r", List.of("6(3)"), List.of(), none);
        var catalogue = new Catalogue("test", "t", "t", List.of(
                new Chapter("MIC-STD-1", "一", "one", List.of(), List.of(new Section("MIC-STD-1.1", "MIC-STD-1", "s", "s",
                        List.of(a, b)))),
                new Chapter("MIC-STD-2", "二", "two", List.of(), List.of(new Section("MIC-STD-2.1", "MIC-STD-2", "s", "s",
                        List.of(c, d))))),
                List.of(), List.of(new SeedClause("6(1)", "組織体制", "Organisation", "clause-6-1"),
                        new SeedClause("6(2)", "強靱性", "Resilience", "clause-6-2"),
                        new SeedClause("6(3)", "物理的", "Physical", "clause-6-3")), List.of());
        var entries = Map.of(
                "MIC-STD-1.1.1", line("MIC-STD-1.1.1", Applicability.APPLICABLE, ImplementationStatus.IMPLEMENTED),
                "MIC-STD-1.1.2", line("MIC-STD-1.1.2", Applicability.APPLICABLE, ImplementationStatus.PARTIAL),
                "MIC-STD-2.1.1", line("MIC-STD-2.1.1", Applicability.NOT_APPLICABLE, ImplementationStatus.NOT_APPLICABLE));
        // MIC-STD-2.1.2 has no line: it counts as applicable and not started.
        var coverage = Coverage.of(catalogue, entries);

        var one = coverage.chapters().get(0);
        assertThat(List.of(one.implemented(), one.partial(), one.notStarted(), one.notApplicable())).containsExactly(1, 1, 0, 0);
        assertThat(one.implementedShare()).isEqualTo(0.5);
        var two = coverage.chapters().get(1);
        assertThat(List.of(two.implemented(), two.partial(), two.notStarted(), two.notApplicable())).containsExactly(0, 0, 1, 1);
        assertThat(two.applicable()).isEqualTo(1);
        assertThat(coverage.total().measures()).isEqualTo(4);
        assertThat(coverage.total().implementedPercent()).isEqualTo(33);

        assertThat(coverage.seedClauses()).extracting(Coverage.Row::key).containsExactly("6(1)", "6(3)");
        var physical = coverage.seedClauses().get(1);
        assertThat(List.of(physical.implemented(), physical.partial(), physical.notStarted(), physical.notApplicable()))
                .containsExactly(0, 1, 1, 1);
        assertThat(physical.link()).isEqualTo("/policies/kind/BASIC_POLICY#clause-6-3");

        var chart = CoverageChart.of(coverage.chapters(), false);
        var segments = chart.bars().get(0).segments();
        assertThat(segments).extracting(CoverageChart.Segment::part)
                .containsExactly(CoverageChart.Part.IMPLEMENTED, CoverageChart.Part.PARTIAL);
        assertThat(segments.get(0).width() + segments.get(1).width()).isEqualTo(CoverageChart.BAR_WIDTH);
        assertThat(chart.svg("chapters", "章別", "", CoverageChart.Part::name)).contains("width=\"100%\"")
                .contains("<title>IMPLEMENTED: " + segments.get(0).count() + "</title>")
                .contains("<title>PARTIAL: " + segments.get(1).count() + "</title>");
    }

    private static String key(Decision decision) {
        return decision instanceof Decision.Refusal refusal ? refusal.messageKey() : "allowed";
    }

    private static ApplicabilityEntry line(String id, Applicability a, ImplementationStatus s) {
        return new ApplicabilityEntry(id, a, a == Applicability.NOT_APPLICABLE ? "理由" : "", s, null, null, "", "", null, 1);
    }
}
