package jp.mamori.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one way the app draws SVG on the server: the 体制図, the coverage bars, and the heat maps and network diagrams to
 * come. A drawing collects shapes in user units and ends as a standalone document ({@link #document}) or as markup
 * for inline use in a page ({@link #inline}); both carry a {@code viewBox} and {@code width="100%"}, so the drawing
 * scales to the width of whatever holds it, and a title and description for screen readers.
 *
 * <p>Every text and attribute value is XML-escaped here, so callers pass plain strings. Styling is by presentation
 * attributes only (never {@code style=}), so the drawings work under the strict CSP and as an {@code <img>}. Text
 * never gets cut: {@link #wrap} breaks a label into lines within a width by an estimate of its width (full-width
 * characters about 1 em, ASCII about 0.55 em, since no font metrics exist on the server), and the caller makes its
 * box as tall as the lines need. {@link Grid} places equal cells in rows and columns, the primitive for heat maps
 * (a risk matrix) and for laying out the nodes of a network diagram.
 *
 * <p>Not thread-safe: one drawing per request. The static methods are pure and thread-safe.
 */
public final class Svg {

    /** Japanese fonts first: the width estimate assumes a full-width glyph is one em. */
    public static final String FONT_FAMILY = "Hiragino Sans, Noto Sans JP, Yu Gothic, Meiryo, sans-serif";

    /** Characters that may not begin a line (禁則): closing brackets and punctuation hang on the line before. */
    private static final String NO_LINE_START = "、。，．・：；？！ー）」』】〕｝〉》)]},.:;?!ぁぃぅぇぉっゃゅょァィゥェォッャュョ…";
    /** Characters that may not end a line: opening brackets move to the next line with what they open. */
    private static final String NO_LINE_END = "（「『【〔｛〈《([{";

    /** How a text is drawn: size in user units, weight, fill colour and anchor ({@code start}, {@code middle}, {@code end}). */
    public record Font(double size, boolean bold, String fill, String anchor) {

        public static Font of(double size, String fill) {
            return new Font(size, false, fill, "start");
        }

        public Font inBold() {
            return new Font(size, true, fill, anchor);
        }

        public Font anchored(String to) {
            return new Font(size, bold, fill, to);
        }

        public Font filled(String colour) {
            return new Font(size, bold, colour, anchor);
        }
    }

    /**
     * Equal cells in rows and columns from an origin: the primitive for heat maps (one coloured cell per likelihood ×
     * impact) and for placing the boxes of a diagram. Immutable.
     */
    public record Grid(double x, double y, double cellWidth, double cellHeight, double gap) {

        public double cellX(int column) {
            return x + column * (cellWidth + gap);
        }

        public double cellY(int row) {
            return y + row * (cellHeight + gap);
        }

        /** The width of {@code columns} cells with the gaps between them. */
        public double width(int columns) {
            return columns <= 0 ? 0 : columns * cellWidth + (columns - 1) * gap;
        }

        public double height(int rows) {
            return rows <= 0 ? 0 : rows * cellHeight + (rows - 1) * gap;
        }
    }

    private final StringBuilder body = new StringBuilder();

    private Svg() {
    }

    /** A new, empty drawing. */
    public static Svg drawing() {
        return new Svg();
    }

    /** A rectangle with rounded corners ({@code radius} 0 for none); {@code fill} may be {@code "none"}. */
    public Svg box(double x, double y, double width, double height, double radius, String fill, String stroke,
            double strokeWidth) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append('"');
        if (radius > 0) {
            body.append(" rx=\"").append(n(radius)).append('"');
        }
        body.append(" fill=\"").append(escape(fill)).append('"');
        if (stroke != null) {
            body.append(" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
        }
        body.append("/>\n");
        return this;
    }

    /** A filled bar (or bar segment) with a tooltip, for example 「実施済み: 3」; {@code tooltip} may be empty. */
    public Svg bar(double x, double y, double width, double height, String fill, String tooltip) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"").append(escape(fill)).append('"');
        if (tooltip.isEmpty()) {
            body.append("/>\n");
        } else {
            body.append("><title>").append(escape(tooltip)).append("</title></rect>\n");
        }
        return this;
    }

    /** One cell of a grid, filled, with an optional centred label and tooltip: a heat map's square. */
    public Svg cell(Grid grid, int column, int row, String fill, String label, Font font, String tooltip) {
        double x = grid.cellX(column);
        double y = grid.cellY(row);
        bar(x, y, grid.cellWidth(), grid.cellHeight(), fill, tooltip);
        if (!label.isEmpty()) {
            text(x + grid.cellWidth() / 2, y + grid.cellHeight() / 2 + font.size() * 0.35, label, font.anchored("middle"));
        }
        return this;
    }

    public Svg line(double x1, double y1, double x2, double y2, String stroke) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(escape(stroke))
                .append("\" stroke-width=\"1\"/>\n");
        return this;
    }

    /**
     * A line with an arrowhead at its end. The head is a polygon of its own rather than a {@code <marker>}, because a
     * marker needs an id and ids would collide when two inline drawings share a page.
     */
    public Svg arrow(double x1, double y1, double x2, double y2, String stroke) {
        line(x1, y1, x2, y2, stroke);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double size = 7;
        double leftX = x2 - size * Math.cos(angle - Math.PI / 7);
        double leftY = y2 - size * Math.sin(angle - Math.PI / 7);
        double rightX = x2 - size * Math.cos(angle + Math.PI / 7);
        double rightY = y2 - size * Math.sin(angle + Math.PI / 7);
        body.append("<polygon points=\"").append(n(x2)).append(',').append(n(y2)).append(' ').append(n(leftX))
                .append(',').append(n(leftY)).append(' ').append(n(rightX)).append(',').append(n(rightY))
                .append("\" fill=\"").append(escape(stroke)).append("\"/>\n");
        return this;
    }

    /** One line of text with its baseline at {@code y}. */
    public Svg text(double x, double y, String content, Font font) {
        openText(x, y, font);
        body.append(escape(content)).append("</text>\n");
        return this;
    }

    /** Several lines in one text element, one {@code <tspan>} each, the first baseline at {@code y}. */
    public Svg lines(double x, double y, List<String> lines, double lineHeight, Font font) {
        openText(x, y, font);
        for (int i = 0; i < lines.size(); i++) {
            body.append("<tspan x=\"").append(n(x)).append("\" dy=\"").append(i == 0 ? "0" : n(lineHeight)).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        body.append("</text>\n");
        return this;
    }

    private void openText(double x, double y, Font font) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
                .append(n(font.size())).append("\" fill=\"").append(escape(font.fill())).append('"');
        if (!"start".equals(font.anchor())) {
            body.append(" text-anchor=\"").append(escape(font.anchor())).append('"');
        }
        if (font.bold()) {
            body.append(" font-weight=\"bold\"");
        }
        body.append('>');
    }

    /** A standalone SVG document (served as {@code image/svg+xml}) on a white ground. */
    public String document(double width, double height, String title, String description) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + inline("", width, height, title, description);
    }

    /**
     * The drawing as an {@code <svg>} element for a page. Its title and description get the ids
     * {@code chart-title-<id>} and {@code chart-desc-<id>}, so {@code id} must be unique on the page ({@code ""} gives
     * plain {@code chart-title}); {@code description} may be empty.
     */
    public String inline(String id, double width, double height, String title, String description) {
        var suffix = id.isEmpty() ? "" : "-" + id;
        var titleId = escape("chart-title" + suffix);
        var descId = escape("chart-desc" + suffix);
        var out = new StringBuilder(body.length() + 512);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(titleId)
                .append(description.isEmpty() ? "" : " " + descId)
                .append("\" width=\"100%\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"").append(FONT_FAMILY).append("\">\n");
        out.append("<title id=\"").append(titleId).append("\">").append(escape(title)).append("</title>\n");
        if (!description.isEmpty()) {
            out.append("<desc id=\"").append(descId).append("\">").append(escape(description)).append("</desc>\n");
        }
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" fill=\"#ffffff\"/>\n");
        return out.append(body).append("</svg>\n").toString();
    }

    /** The estimated advance of a text in user units: about 1 em per full-width character, 0.55 em otherwise. */
    public static double textWidth(String text, double fontSize) {
        return text.codePoints().mapToDouble(Svg::ems).sum() * fontSize;
    }

    private static double ems(int codePoint) {
        // Latin, Greek and Cyrillic, and the half-width katakana block, are narrow; general punctuation such as
        // the em dash, CJK and the full-width forms are one em in Japanese fonts.
        boolean narrow = codePoint < 0x1100 || (codePoint >= 0xFF61 && codePoint <= 0xFFDC);
        return narrow ? 0.55 : 1.0;
    }

    /**
     * Breaks a text into lines no wider than {@code width} by the estimate of {@link #textWidth}, keeping every
     * character: after a space or a full-width character wherever possible, inside a Latin word only when the word
     * alone is wider than a line, and never putting closing punctuation at the start of a line or an opening bracket
     * at its end. An empty text is one empty line.
     */
    public static List<String> wrap(String text, double width, double fontSize) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        double used = 0;
        int[] points = text.strip().codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int cp = points[i];
            double w = ems(cp) * fontSize;
            if (used + w > width && line.length() > 0 && NO_LINE_START.indexOf(cp) < 0 && cp != ' ') {
                int cut = breakPoint(line, cp);
                var carried = line.substring(cut).stripLeading();
                lines.add(line.substring(0, cut).stripTrailing());
                line.setLength(0);
                line.append(carried);
                used = textWidth(carried, fontSize);
            }
            if (line.length() == 0 && cp == ' ') {
                continue;
            }
            line.appendCodePoint(cp);
            used += w;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    /** Where to end the line before {@code next}: its end, or earlier to keep a Latin word or a bracket whole. */
    private static int breakPoint(StringBuilder line, int next) {
        int cut = line.length();
        if (latin(next)) {
            int start = cut;
            while (start > 0 && latin(line.codePointBefore(start))) {
                start -= Character.charCount(line.codePointBefore(start));
            }
            if (start > 0) {
                cut = start;
            }
        }
        int last = line.codePointBefore(cut);
        if (NO_LINE_END.indexOf(last) >= 0 && cut - Character.charCount(last) > 0) {
            cut -= Character.charCount(last);
        }
        return cut;
    }

    private static boolean latin(int codePoint) {
        return codePoint < 0x1100 && Character.isLetterOrDigit(codePoint);
    }

    /** XML escaping for text and attribute values; drops the control characters XML 1.0 does not allow. */
    public static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A coordinate with at most one decimal, without a trailing ".0", in the root locale. */
    private static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
