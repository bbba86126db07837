package jp.mamori.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jp.mamori.web.Svg;

/**
 * A 100 % stacked bar chart of coverage rows: its geometry, and its drawing on {@link Svg} as inline SVG for the
 * page (server-side, no script). Each bar splits one row's measures into implemented, partly implemented, not
 * started and not applicable. Immutable.
 *
 * @param width the drawing's width in user units
 * @param height the drawing's height
 */
record CoverageChart(int width, int height, int barX, int barWidth, List<Bar> bars) {

    static final int LABEL_WIDTH = 300;
    static final int BAR_WIDTH = 420;
    static final int ROW = 24;
    static final int BAR_HEIGHT = 18;
    static final int TOP = 8;

    /** The four segments in drawing order with their fill colour (AA contrast against white). */
    enum Part {
        IMPLEMENTED("#1a7f37"),
        PARTIAL("#bf8700"),
        NOT_STARTED("#b42318"),
        NOT_APPLICABLE("#8c959f");

        final String fill;

        Part(String fill) {
            this.fill = fill;
        }

        public String fill() {
            return fill;
        }
    }

    record Segment(Part part, int count, double x, double width) {
    }

    /**
     * One bar.
     *
     * @param label what the row is, for example 「MIC-STD-4 情報システム全体の強靱性の向上」
     * @param y the top of the bar
     */
    record Bar(Coverage.Row row, String label, int y, List<Segment> segments) {
        public int textY() {
            return y + 15;
        }
    }

    static CoverageChart of(List<Coverage.Row> rows, boolean english) {
        var bars = new ArrayList<Bar>();
        int y = TOP;
        for (var row : rows) {
            var segments = new ArrayList<Segment>();
            double x = LABEL_WIDTH;
            int total = row.measures();
            int[] counts = {row.implemented(), row.partial(), row.notStarted(), row.notApplicable()};
            for (var part : Part.values()) {
                int count = counts[part.ordinal()];
                if (count > 0 && total > 0) {
                    double w = (double) BAR_WIDTH * count / total;
                    segments.add(new Segment(part, count, round(x), round(w)));
                    x += w;
                }
            }
            var title = english ? row.titleEn() : row.title();
            var shortTitle = title.length() > 18 ? title.substring(0, 17) + "…" : title;
            var label = row.key().equals("total") ? shortTitle : row.key() + " " + shortTitle;
            bars.add(new Bar(row, label, y, segments));
            y += ROW;
        }
        return new CoverageChart(LABEL_WIDTH + BAR_WIDTH + 10, y + TOP, LABEL_WIDTH, BAR_WIDTH, bars);
    }

    /**
     * The chart as an {@code <svg>} element: {@code id} must be unique on the page; {@code partLabel} names a segment
     * in the reader's language for its tooltip (「実施済み: 3」).
     */
    String svg(String id, String title, String description, Function<Part, String> partLabel) {
        var svg = Svg.drawing();
        var font = Svg.Font.of(13, "#1f2328");
        for (var bar : bars) {
            svg.text(0, bar.textY(), bar.label(), font);
            svg.box(barX, bar.y(), barWidth, BAR_HEIGHT, 0, "none", "#d0d7de", 1);
            for (var segment : bar.segments()) {
                svg.bar(segment.x(), bar.y(), segment.width(), BAR_HEIGHT, segment.part().fill(),
                        partLabel.apply(segment.part()) + ": " + segment.count());
            }
        }
        return svg.inline(id, width, height, title, description);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
