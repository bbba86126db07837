package jp.mamori.inspection;

import java.util.List;

import jp.mamori.web.Svg;

/**
 * The results chart: one 100 % stacked bar per row (question or unit) splitting its answers into 実施, 一部実施,
 * 未実施 and 該当なし, drawn on the server as inline SVG. Pure function.
 */
final class ResultsChartDrawing {

    private static final int LABEL = 260;
    private static final int BAR = 400;
    private static final int ROW = 24;

    private ResultsChartDrawing() {
    }

    static String draw(String id, String title, List<Inspections.Result> rows, java.util.function.Function<Answer, String> names) {
        var svg = Svg.drawing();
        int y = 8;
        var font = Svg.Font.of(12, "#1f2328");
        for (var row : rows) {
            var label = row.label().length() > 20 ? row.label().substring(0, 19) + "…" : row.label();
            svg.text(0, y + 14, label, font);
            double x = LABEL;
            long total = row.total();
            if (total == 0) {
                svg.box(LABEL, y, BAR, 18, 0, "#ffffff", "#8c959f", 1);
            }
            for (var answer : Answer.values()) {
                long n = row.of(answer);
                if (n > 0) {
                    double w = (double) BAR * n / total;
                    svg.bar(x, y, w, 18, answer.fill(), names.apply(answer) + " " + n);
                    x += w;
                }
            }
            y += ROW;
        }
        return svg.inline(id, LABEL + BAR + 10, y + 8, title, title);
    }
}
