package jp.mamori.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jp.mamori.tenant.SeparationModel;

import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue is whole and consistent, and the check that guards it catches each kind of defect: a
 * duplicate id, a dangling threat or seed-clause reference, a clause-6 item or a threat group without a measure, a
 * measure without an English requirement or with Japanese left in it.
 */
class CatalogueIntegrityTests {

    /** The 対策基準 chapter tree as domain.md and mic-guideline.md §5 list it: every chapter and section. */
    static final Map<String, String> TREE = Map.ofEntries(
            Map.entry("MIC-STD-1", "対象範囲"),
            Map.entry("MIC-STD-2", "組織体制"), Map.entry("MIC-STD-2.1", "CISO"), Map.entry("MIC-STD-2.2", "統括"),
            Map.entry("MIC-STD-2.3", "情報セキュリティ責任者"), Map.entry("MIC-STD-2.4", "情報セキュリティ管理者"),
            Map.entry("MIC-STD-2.5", "情報システム管理者"), Map.entry("MIC-STD-2.6", "情報システム担当者"),
            Map.entry("MIC-STD-2.7", "委員会"), Map.entry("MIC-STD-2.8", "兼務の禁止"), Map.entry("MIC-STD-2.9", "CSIRT"),
            Map.entry("MIC-STD-3", "情報資産の分類と管理"), Map.entry("MIC-STD-3.1", "分類"), Map.entry("MIC-STD-3.2", "管理"),
            Map.entry("MIC-STD-4", "強靱性"), Map.entry("MIC-STD-4.1", "マイナンバー利用事務系"),
            Map.entry("MIC-STD-4.2", "LGWAN接続系"), Map.entry("MIC-STD-4.3", "インターネット接続系"),
            Map.entry("MIC-STD-5", "物理的"), Map.entry("MIC-STD-5.1", "サーバ"), Map.entry("MIC-STD-5.2", "管理区域"),
            Map.entry("MIC-STD-5.3", "通信回線"), Map.entry("MIC-STD-5.4", "端末"),
            Map.entry("MIC-STD-6", "人的"), Map.entry("MIC-STD-6.1", "遵守事項"), Map.entry("MIC-STD-6.2", "研修"),
            Map.entry("MIC-STD-6.3", "インシデント"), Map.entry("MIC-STD-6.4", "パスワード"),
            Map.entry("MIC-STD-7", "技術的"), Map.entry("MIC-STD-7.1", "コンピュータ及びネットワーク"),
            Map.entry("MIC-STD-7.2", "アクセス制御"), Map.entry("MIC-STD-7.3", "開発"),
            Map.entry("MIC-STD-7.4", "不正プログラム"), Map.entry("MIC-STD-7.5", "不正アクセス"),
            Map.entry("MIC-STD-7.6", "セキュリティ情報"),
            Map.entry("MIC-STD-8", "運用"), Map.entry("MIC-STD-8.1", "監視"), Map.entry("MIC-STD-8.2", "遵守状況"),
            Map.entry("MIC-STD-8.3", "侵害時"), Map.entry("MIC-STD-8.4", "例外措置"), Map.entry("MIC-STD-8.5", "法令遵守"),
            Map.entry("MIC-STD-8.6", "懲戒"),
            Map.entry("MIC-STD-9", "業務委託"), Map.entry("MIC-STD-9.1", "業務委託"),
            Map.entry("MIC-STD-9.2", "情報システムに関する業務委託"), Map.entry("MIC-STD-9.3", "2以上を取り扱う"),
            Map.entry("MIC-STD-9.4", "2以上を取り扱わない"), Map.entry("MIC-STD-9.5", "ソーシャルメディア"),
            Map.entry("MIC-STD-10", "評価・見直し"), Map.entry("MIC-STD-10.1", "監査"), Map.entry("MIC-STD-10.2", "自己点検"),
            Map.entry("MIC-STD-10.3", "見直し"));

    /** Seed clause 6's items; the seed numbers two of them (1), the second is written 6(1)b. */
    static final List<String> CLAUSE_SIX = List.of("6(1)", "6(1)b", "6(2)①", "6(2)②", "6(2)③", "6(3)", "6(4)", "6(5)",
            "6(6)", "6(7)", "6(8)");

    final Catalogue shipped = CatalogueFiles.load(CatalogueFiles.CURRENT_EDITION);

    @Test
    void theShippedCatalogueHasNoProblem() {
        assertThat(CatalogueCheck.problems(shipped)).isEmpty();
        assertThat(shipped.measures()).hasSizeBetween(80, 160);
        assertThat(shipped.edition()).isEqualTo("mic-r7.03");
    }

    @Test
    void everyChapterAndSectionOfTheTreeIsThereWithItsTitle() {
        TREE.forEach((id, word) -> {
            var title = id.indexOf('.') < 0 ? shipped.chapter(id).map(Chapter::title)
                    : shipped.section(id).map(Section::title);
            assertThat(title).as(id).isPresent();
            assertThat(title.get()).as(id).contains(word);
        });
        assertThat(shipped.chapters()).extracting(Chapter::id)
                .containsExactly("MIC-STD-1", "MIC-STD-2", "MIC-STD-3", "MIC-STD-4", "MIC-STD-5", "MIC-STD-6", "MIC-STD-7",
                        "MIC-STD-8", "MIC-STD-9", "MIC-STD-10");
        assertThat(shipped.sections()).allSatisfy(s -> assertThat(s.measures()).as(s.id()).isNotEmpty());
    }

    @Test
    void everyClauseSixItemAndEveryThreatIsCarriedOutByAMeasure() {
        assertThat(shipped.mustBeCovered()).containsExactlyInAnyOrderElementsOf(CLAUSE_SIX);
        CLAUSE_SIX.forEach(c -> assertThat(shipped.measuresCarryingOut(c)).as(c).isNotEmpty());
        assertThat(shipped.threatGroups()).extracting(ThreatGroup::seedClause)
                .containsExactly("3①", "3②", "3③", "3④", "3⑤");
        assertThat(shipped.threats()).allSatisfy(t -> assertThat(shipped.measuresAddressing(t.id())).as(t.id()).isNotEmpty());
        assertThat(shipped.threats()).extracting(Threat::title).contains("不正アクセス", "ウイルス攻撃（不正プログラム）",
                "サービス不能攻撃", "部外者の侵入", "内部不正", "情報資産の無断持ち出し", "地震", "落雷", "火災", "電力供給の途絶",
                "通信の途絶", "水道供給の途絶");
    }

    @Test
    void seedClauseAnchorsFollowThePolicyConvention() {
        assertThat(shipped.seedClause("6(2)②").orElseThrow().link()).isEqualTo("/policies/kind/BASIC_POLICY#clause-6-2-2");
        assertThat(shipped.seedClause("3").orElseThrow().anchor()).isEqualTo("clause-3");
        assertThat(shipped.seedClause("2(12)").orElseThrow().anchor()).isEqualTo("clause-2-12");
        assertThat(shipped.seedClause("4(2)③").orElseThrow().anchor()).isEqualTo("clause-4-2-3");
    }

    @Test
    void everyMeasureHasItsOwnEnglishRequirement() {
        assertThat(shipped.measures()).hasSize(152).allSatisfy(m -> {
            assertThat(m.requirementEn()).as(m.id()).isNotBlank()
                    .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
            assertThat(m.requirementEn()).as(m.id()).isNotEqualTo(m.requirement());
        });
        // A translation copied onto the wrong measure would repeat another's text.
        assertThat(shipped.measures()).extracting(Measure::requirementEn).doesNotHaveDuplicates();
        assertThat(shipped.measure("MIC-STD-4.2.1").orElseThrow().requirementEn())
                .contains("LGWAN-connected zone", "Internet-connected zone");
        assertThat(shipped.measure("MIC-STD-4.2.2").orElseThrow().requirementEn()).contains("sanitising");
        assertThat(shipped.measure("MIC-STD-3.2.1").orElseThrow().requirementEn()).contains("section security manager");
    }

    @Test
    void theCheckFindsAMissingOrUntranslatedEnglishRequirement() {
        var first = shipped.measures().get(0);
        var second = shipped.measures().get(1);
        var third = shipped.measures().get(2);
        var broken = withMeasures(ms -> {
            var copy = new ArrayList<>(ms);
            copy.set(0, new Measure(first.id(), first.chapterId(), first.sectionId(), first.title(), first.titleEn(),
                    first.requirement(), null, first.seedClauses(), first.threatIds(), first.separationModels()));
            copy.set(1, new Measure(second.id(), second.chapterId(), second.sectionId(), second.title(),
                    second.titleEn(), second.requirement(), second.requirement(), second.seedClauses(),
                    second.threatIds(), second.separationModels()));
            copy.set(2, new Measure(third.id(), third.chapterId(), third.sectionId(), third.title(), third.titleEn(),
                    third.requirement(), "Treat networks as assets and keep track of 電磁的記録媒体.",
                    third.seedClauses(), third.threatIds(), third.separationModels()));
            return copy;
        });
        assertThat(CatalogueCheck.problems(broken)).contains(
                "measure " + first.id() + " lacks an English requirement",
                "measure " + second.id() + " has Japanese in its English requirement",
                "measure " + third.id() + " has Japanese in its English requirement");
        assertThatThrownBy(() -> new MeasureCatalogue(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lacks an English requirement");
    }

    @Test
    void theCheckFindsAnEnglishTitleLeftInJapanese() {
        var first = shipped.measures().get(0);
        var broken = withMeasures(ms -> {
            var copy = new ArrayList<>(ms);
            // No titleEn in the data: the record falls back to the Japanese title, which the English UI must not show.
            copy.set(0, new Measure(first.id(), first.chapterId(), first.sectionId(), first.title(), null,
                    first.requirement(), first.requirementEn(), first.seedClauses(), first.threatIds(),
                    first.separationModels()));
            return copy;
        });
        assertThat(CatalogueCheck.problems(broken)).containsExactly(
                "measure " + first.id() + " has Japanese in its English title");
    }

    @Test
    void theCheckFindsADuplicateId() {
        var broken = withMeasures(ms -> {
            var copy = new ArrayList<>(ms);
            var first = ms.get(0);
            copy.add(new Measure(first.id(), first.chapterId(), first.sectionId(), "重複", "dup", "要求", "requirement", List.of("6(1)"),
                    List.of(), EnumSet.noneOf(SeparationModel.class)));
            return copy;
        });
        assertThat(CatalogueCheck.problems(broken)).anyMatch(p -> p.startsWith("duplicate id"));
    }

    @Test
    void theCheckFindsDanglingReferences() {
        var broken = withMeasures(ms -> {
            var copy = new ArrayList<>(ms);
            var first = ms.get(0);
            copy.set(0, new Measure(first.id(), first.chapterId(), first.sectionId(), first.title(), first.titleEn(),
                    first.requirement(), first.requirementEn(), List.of("6(9)"), List.of("THR-9.9"), first.separationModels()));
            return copy;
        });
        assertThat(CatalogueCheck.problems(broken)).contains(
                "measure " + shipped.measures().get(0).id() + " names unknown seed clause 6(9)",
                "measure " + shipped.measures().get(0).id() + " names unknown threat THR-9.9");
    }

    @Test
    void theCheckFindsAClauseSixItemAndAThreatGroupWithoutMeasure() {
        var broken = withMeasures(ms -> ms.stream().map(m -> new Measure(m.id(), m.chapterId(), m.sectionId(), m.title(),
                m.titleEn(), m.requirement(), m.requirementEn(),
                m.seedClauses().stream().filter(c -> !c.equals("6(2)③")).toList().isEmpty() ? List.of("6")
                        : m.seedClauses().stream().filter(c -> !c.equals("6(2)③")).toList(),
                m.threatIds().stream().filter(t -> !t.startsWith("THR-4.")).toList(), m.separationModels())).toList());
        assertThat(CatalogueCheck.problems(broken)).contains("seed clause 6(2)③ has no measure",
                "threat group THR-4 has no measure");
    }

    @Test
    void theCheckFindsAMissingSectionAndAMisnumberedMeasure() {
        var chapters = new ArrayList<>(shipped.chapters());
        var nine = chapters.get(8);
        chapters.set(8, new Chapter(nine.id(), nine.title(), nine.titleEn(), nine.seedClauses(), List.of()));
        var broken = new Catalogue(shipped.edition(), shipped.title(), shipped.titleEn(), chapters, shipped.threatGroups(),
                shipped.seedClauses(), shipped.mustBeCovered());
        assertThat(CatalogueCheck.problems(broken)).contains("chapter MIC-STD-9 has no section");
        var misnumbered = withMeasures(ms -> {
            var copy = new ArrayList<>(ms);
            var first = ms.get(0);
            copy.set(0, new Measure("MIC-STD-7.1.99", first.chapterId(), first.sectionId(), first.title(),
                    first.titleEn(), first.requirement(), first.requirementEn(), first.seedClauses(), first.threatIds(), first.separationModels()));
            return copy;
        });
        assertThat(CatalogueCheck.problems(misnumbered)).anyMatch(p -> p.contains("MIC-STD-7.1.99 is not numbered"));
    }

    @Test
    void theAppRefusesACatalogueWithProblems() {
        var broken = withMeasures(ms -> ms.subList(1, ms.size()).stream().map(m -> m).toList());
        var duplicate = withMeasures(ms -> {
            var copy = new ArrayList<>(ms);
            copy.add(ms.get(0));
            return copy;
        });
        assertThat(CatalogueCheck.problems(broken)).isEmpty();
        assertThatThrownBy(() -> new MeasureCatalogue(duplicate)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("duplicate id");
    }

    /** The shipped catalogue with its measures rewritten, each kept in its own section. */
    private Catalogue withMeasures(UnaryOperator<List<Measure>> rewrite) {
        var measures = rewrite.apply(shipped.measures());
        var chapters = shipped.chapters().stream().map(c -> new Chapter(c.id(), c.title(), c.titleEn(), c.seedClauses(),
                c.sections().stream().map(s -> new Section(s.id(), c.id(), s.title(), s.titleEn(),
                        measures.stream().filter(m -> m.sectionId().equals(s.id())).toList())).toList())).toList();
        return new Catalogue(shipped.edition(), shipped.title(), shipped.titleEn(), chapters, shipped.threatGroups(),
                shipped.seedClauses(), shipped.mustBeCovered());
    }
}
