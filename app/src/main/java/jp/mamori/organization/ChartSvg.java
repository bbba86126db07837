package jp.mamori.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Draws an {@link OrganizationChart} as a standalone SVG document: CISO at the top, 副CISO and 統括 below, a
 * column per 部局 with its 責任者 and its 課 with their 管理者, and a row with the 委員会, CSIRT, 監査 and
 * system managers. Vacant required roles are drawn as red boxes. Every text is XML-escaped; styling uses
 * presentation attributes only (no style attributes, so it works under a strict CSP and as an image).
 * Stateless; thread-safe.
 */
final class ChartSvg {

    private static final int WIDTH = 180;
    private static final int GAP = 16;
    private static final int LINE = 17;
    private static final int MARGIN = 20;

    /** Resolves a message key with arguments in the reader's language. */
    interface Messages extends BiFunction<String, Object[], String> {
    }

    private final Messages messages;
    private final StringBuilder body = new StringBuilder();

    private ChartSvg(Messages messages) {
        this.messages = messages;
    }

    static String render(OrganizationChart chart, String dateLabel, Messages messages) {
        return new ChartSvg(messages).draw(chart, dateLabel);
    }

    private String msg(String key, Object... args) {
        return messages.apply(key, args);
    }

    private String draw(OrganizationChart chart, String dateLabel) {
        int columns = Math.max(4, chart.departments().size());
        int totalWidth = MARGIN * 2 + columns * WIDTH + (columns - 1) * GAP;
        int center = totalWidth / 2;
        int y = MARGIN + 24;

        var title = msg("organization.chart.svgTitle", dateLabel);
        text(MARGIN, MARGIN + 6, title, 15, true, "#1f2328", "start");

        int cisoHeight = box(center - WIDTH / 2, y, msg("organization.role.CISO"), chart.ciso(), true);
        int top = y + cisoHeight;
        y = top + 30;
        var second = new ArrayList<Object[]>();
        if (!chart.deputies().isEmpty()) {
            second.add(new Object[] {msg("organization.role.DEPUTY_CISO"), chart.deputies(), false});
        }
        second.add(new Object[] {msg("organization.role.GENERAL_SECURITY_OFFICER"), chart.general(), true});
        int secondWidth = second.size() * WIDTH + (second.size() - 1) * GAP;
        int x = center - secondWidth / 2;
        int secondHeight = 0;
        line(center, top, center, y);
        for (var entry : second) {
            @SuppressWarnings("unchecked")
            var holders = (List<OrganizationChart.Holder>) entry[1];
            secondHeight = Math.max(secondHeight, box(x, y, (String) entry[0], holders, (Boolean) entry[2]));
            line(center, y - 12, x + WIDTH / 2, y - 12);
            line(x + WIDTH / 2, y - 12, x + WIDTH / 2, y);
            x += WIDTH + GAP;
        }
        int busY = y + secondHeight + 20;
        line(center, y + secondHeight, center, busY);
        y = busY + 20;

        int deepest = y;
        x = MARGIN;
        var departments = chart.departments();
        if (!departments.isEmpty()) {
            line(MARGIN + WIDTH / 2, busY, MARGIN + (departments.size() - 1) * (WIDTH + GAP) + WIDTH / 2, busY);
        }
        for (var department : departments) {
            line(x + WIDTH / 2, busY, x + WIDTH / 2, y);
            int dy = y + box(x, y, department.name() + " — " + msg("organization.role.DEPARTMENT_SECURITY_OFFICER"),
                    department.officers(), true);
            for (var section : department.sections()) {
                line(x + WIDTH / 2, dy, x + WIDTH / 2, dy + 12);
                dy += 12;
                dy += box(x, dy, section.name() + " — " + msg("organization.role.SECTION_SECURITY_MANAGER"),
                        section.managers(), true);
            }
            deepest = Math.max(deepest, dy);
            x += WIDTH + GAP;
        }

        y = deepest + 30;
        x = MARGIN;
        int rowHeight = 0;
        rowHeight = Math.max(rowHeight, box(x, y, msg("organization.chart.committee"), chart.committee(), false));
        x += WIDTH + GAP;
        rowHeight = Math.max(rowHeight, box(x, y, msg("organization.chart.csirt"), chart.csirt(), true));
        x += WIDTH + GAP;
        var audit = new ArrayList<>(chart.auditDirector());
        audit.addAll(chart.auditors());
        rowHeight = Math.max(rowHeight, box(x, y, msg("organization.chart.audit"), audit, false));
        x += WIDTH + GAP;
        rowHeight = Math.max(rowHeight, box(x, y, msg("organization.chart.systems"), chart.systemManagers(), false));
        int totalHeight = y + rowHeight + MARGIN;

        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\""
                + " width=\"" + totalWidth + "\" height=\"" + totalHeight + "\""
                + " viewBox=\"0 0 " + totalWidth + " " + totalHeight + "\""
                + " font-family=\"Hiragino Sans, Noto Sans JP, Yu Gothic, Meiryo, sans-serif\">\n"
                + "<title id=\"chart-title\">" + escape(title) + "</title>\n"
                + "<rect x=\"0\" y=\"0\" width=\"" + totalWidth + "\" height=\"" + totalHeight + "\" fill=\"#ffffff\"/>\n"
                + body + "</svg>\n";
    }

    /** A box with a heading and one line per holder (or 「空席」); returns its height. */
    private int box(int x, int y, String heading, List<OrganizationChart.Holder> holders, boolean required) {
        var lines = new ArrayList<String>();
        boolean vacant = holders.isEmpty();
        if (vacant) {
            lines.add(msg("organization.chart.vacant"));
        } else {
            for (var holder : holders) {
                lines.add(holder.name() + (holder.unitName().isEmpty() ? "" : "（" + holder.unitName() + "）"));
            }
        }
        int height = 10 + LINE * (1 + lines.size()) + 6;
        boolean warn = vacant && required;
        body.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" rx=\"5\" fill=\"").append(warn ? "#fdecea" : "#f6f8fa")
                .append("\" stroke=\"").append(warn ? "#b42318" : "#0b5394").append("\" stroke-width=\"")
                .append(warn ? 2 : 1).append("\"/>\n");
        text(x + 8, y + 6 + LINE - 3, fit(heading, 15), 12, true, warn ? "#b42318" : "#0b5394", "start");
        int ty = y + 6 + LINE * 2 - 3;
        for (var line : lines) {
            text(x + 8, ty, fit(line, 15), 12, false, warn ? "#b42318" : "#1f2328", "start");
            ty += LINE;
        }
        return height;
    }

    private void text(int x, int y, String content, int size, boolean bold, String fill, String anchor) {
        body.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\" fill=\"").append(fill).append("\" text-anchor=\"").append(anchor).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(content)).append("</text>\n");
    }

    private void line(int x1, int y1, int x2, int y2) {
        body.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y2).append("\" stroke=\"#57606a\" stroke-width=\"1\"/>\n");
    }

    /** Shortens text to about {@code max} full-width characters so that it stays inside its box. */
    static String fit(String text, int max) {
        double width = 0;
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            double w = cp < 0x2E80 ? 0.55 : 1.0;
            if (width + w > max) {
                return out + "…";
            }
            width += w;
            out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** XML escaping for text and attribute values; drops characters XML 1.0 does not allow. */
    static String escape(String text) {
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
}
