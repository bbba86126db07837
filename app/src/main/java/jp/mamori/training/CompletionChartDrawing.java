package jp.mamori.training;

import java.util.List;

import jp.mamori.campaign.CampaignProgress;
import jp.mamori.web.Svg;

/**
 * 受講率のグラフ: one horizontal bar per unit, the share of its staff who passed, with the figures written beside it,
 * drawn on the server ({@link Svg}) so that it needs no script and prints as it looks.
 */
final class CompletionChartDrawing {

    private static final double LABEL = 150;
    private static final double BAR = 200;
    private static final double ROW = 26;

    private CompletionChartDrawing() {
    }

    static String svg(String id, String title, List<CampaignProgress.UnitProgress> units) {
        var drawing = Svg.drawing();
        var font = Svg.Font.of(12, "#1f2937");
        double y = 8;
        for (var unit : units) {
            int percent = unit.percent();
            drawing.text(4, y + 15, unit.unitName(), font);
            drawing.box(LABEL, y + 3, BAR, 16, 0, "#e5e7eb", null, 0);
            drawing.bar(LABEL, y + 3, BAR * percent / 100.0, 16, percent == 100 ? "#15803d" : "#2563eb",
                    unit.unitName() + ": " + unit.confirmed() + "/" + unit.requested());
            drawing.text(LABEL + BAR + 8, y + 15, percent + "% (" + unit.confirmed() + "/" + unit.requested() + ")", font);
            y += ROW;
        }
        return drawing.inline(id, LABEL + BAR + 110, Math.max(y + 8, 30), title,
                String.join("、", units.stream().map(u -> u.unitName() + " " + u.percent() + "%").toList()));
    }
}
