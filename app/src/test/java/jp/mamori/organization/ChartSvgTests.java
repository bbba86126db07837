package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The 体制図 drawing: whole role names wrapped in their boxes, and a drawing that scales to the page. */
class ChartSvgTests {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/organization", Locale.ROOT);

    @Test
    void roleNamesAreWrappedWholeAndTheDrawingScalesToThePage() {
        var svg = ChartSvg.render(chart(3), "令和8年6月1日", ChartSvgTests::message);

        assertThat(svg).doesNotContain("…").doesNotContain("style=");
        assertThat(svg).contains("width=\"100%\"").containsPattern("viewBox=\"0 0 \\d+ \\d+\"");
        assertThat(textOf(svg)).contains("最高情報セキュリティ責任者（CISO）", "統括情報セキュリティ責任者");
        assertThat(svg).contains(">最高情報セキュリティ責任者</tspan>").contains(">（CISO）</tspan>")
                .as("the unit and its role each on a line of their own")
                .contains(">総務課</tspan><tspan x=\"28\" dy=\"16\">情報セキュリティ管理者</tspan>");
    }

    @Test
    void moreDepartmentsThanFitSideBySideGoOnAnotherRowInsteadOfWidening() {
        var few = ChartSvg.render(chart(ChartSvg.COLUMNS_PER_ROW), "令和8年6月1日", ChartSvgTests::message);
        var many = ChartSvg.render(chart(ChartSvg.COLUMNS_PER_ROW * 2 + 1), "令和8年6月1日", ChartSvgTests::message);

        assertThat(viewBox(many)[0]).isEqualTo(viewBox(few)[0]);
        assertThat(viewBox(many)[1]).isGreaterThan(viewBox(few)[1]);
        assertThat(many).contains(">部局13</tspan>");
    }

    /** The text a reader sees: the tspans of each text element joined, elements separated by a line break. */
    private static String textOf(String svg) {
        return svg.replaceAll("</text>", "\n").replaceAll("<[^>]+>", "");
    }

    private static int[] viewBox(String svg) {
        var matcher = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(matcher.find()).isTrue();
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
    }

    private static String message(String key, Object[] arguments) {
        return new MessageFormat(BUNDLE.getString(key), Locale.JAPANESE).format(arguments);
    }

    private static OrganizationChart chart(int departments) {
        var boxes = new ArrayList<OrganizationChart.DepartmentBox>();
        for (int i = 1; i <= departments; i++) {
            var sections = List.of(
                    new OrganizationChart.SectionBox(UUID.randomUUID(), i == 1 ? "総務課" : "税務住民課",
                            List.of(holder("山田 花子", SecurityRole.SECTION_SECURITY_MANAGER, "総務課"))));
            boxes.add(new OrganizationChart.DepartmentBox(UUID.randomUUID(), "部局" + i, OrgUnitCategory.EXECUTIVE,
                    List.of(holder("佐藤 一郎", SecurityRole.DEPARTMENT_SECURITY_OFFICER, "")), sections));
        }
        return new OrganizationChart(LocalDate.of(2026, 6, 1),
                List.of(holder("久米 太郎", SecurityRole.CISO, "")), List.of(),
                List.of(holder("南 次郎", SecurityRole.GENERAL_SECURITY_OFFICER, "総務課")), boxes, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static OrganizationChart.Holder holder(String name, SecurityRole role, String unit) {
        return new OrganizationChart.Holder(UUID.randomUUID(), name, role, unit);
    }
}
