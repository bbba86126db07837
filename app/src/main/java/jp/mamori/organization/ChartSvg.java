package jp.mamori.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import jp.mamori.web.Svg;

/**
 * Draws an {@link OrganizationChart} as a standalone SVG document on {@link Svg}: CISO at the top, 副CISO and 統括
 * below, a column per 部局 with its 責任者 and its 課 with their 管理者 (at most {@value #COLUMNS_PER_ROW} 部局 side by
 * side, further ones on a row below, so the drawing stays legible when it is scaled to the page), and a row with the
 * 委員会, CSIRT, 監査 and system managers. Role names and holders are wrapped inside their boxes, never cut. Vacant
 * required roles are drawn as red boxes. Stateless; thread-safe.
 */
final class ChartSvg {

    static final int COLUMNS_PER_ROW = 6;
    private static final int WIDTH = 180;
    private static final int GAP = 16;
    private static final int LINE = 16;
    private static final int PADDING = 8;
    private static final int MARGIN = 20;
    private static final double FONT_SIZE = 12;
    private static final String CONNECTOR = "#57606a";
    private static final Svg.Font HEADING = new Svg.Font(FONT_SIZE, true, "#0b5394", "start");
    private static final Svg.Font HOLDER = Svg.Font.of(FONT_SIZE, "#1f2328");
    private static final String WARNING = "#b42318";

    /** Resolves a message key with arguments in the reader's language. */
    interface Messages extends BiFunction<String, Object[], String> {
    }

    private final Messages messages;
    private final Svg svg = Svg.drawing();

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
        var departments = chart.departments();
        int columns = Math.max(4, Math.min(COLUMNS_PER_ROW, departments.size()));
        var grid = new Svg.Grid(MARGIN, 0, WIDTH, 0, GAP);
        int totalWidth = (int) (MARGIN * 2 + grid.width(columns));
        int center = totalWidth / 2;

        var title = msg("organization.chart.svgTitle", dateLabel);
        var titleLines = Svg.wrap(title, totalWidth - 2 * MARGIN, 15);
        svg.lines(MARGIN, MARGIN + 6, titleLines, 20, new Svg.Font(15, true, "#1f2328", "start"));
        int y = MARGIN + 24 + 20 * (titleLines.size() - 1);

        int top = y + box(center - WIDTH / 2, y, msg("organization.role.CISO"), chart.ciso(), true);
        y = top + 30;
        var second = new ArrayList<Role>();
        if (!chart.deputies().isEmpty()) {
            second.add(new Role(msg("organization.role.DEPUTY_CISO"), chart.deputies(), false));
        }
        second.add(new Role(msg("organization.role.GENERAL_SECURITY_OFFICER"), chart.general(), true));
        int x = (int) (center - grid.width(second.size()) / 2);
        int secondHeight = 0;
        svg.line(center, top, center, y - 12, CONNECTOR);
        for (var role : second) {
            secondHeight = Math.max(secondHeight, box(x, y, role.heading(), role.holders(), role.required()));
            svg.line(center, y - 12, x + WIDTH / 2, y - 12, CONNECTOR);
            svg.line(x + WIDTH / 2, y - 12, x + WIDTH / 2, y, CONNECTOR);
            x += WIDTH + GAP;
        }
        int trunkTop = y + secondHeight;
        int busY = trunkTop + 20;
        svg.line(center, trunkTop, center, busY, CONNECTOR);
        y = busY + 20;

        // 部局 beyond one row continue on rows below, fed by a line down the left margin.
        int firstBus = busY;
        int deepest = y;
        for (int first = 0; first < departments.size(); first += COLUMNS_PER_ROW) {
            var row = departments.subList(first, Math.min(departments.size(), first + COLUMNS_PER_ROW));
            boolean fed = departments.size() > COLUMNS_PER_ROW;
            int from = fed ? MARGIN / 2 : Math.min(center, (int) grid.cellX(0) + WIDTH / 2);
            if (first > 0) {
                svg.line(MARGIN / 2, firstBus, MARGIN / 2, busY, CONNECTOR);
            }
            svg.line(from, busY, Math.max(center, (int) grid.cellX(row.size() - 1) + WIDTH / 2), busY, CONNECTOR);
            deepest = departmentRow(row, grid, busY, busY + 20);
            busY = deepest + 20;
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
        return svg.document(totalWidth, totalHeight, title, msg("organization.chart.svgDesc"));
    }

    /** One row of 部局 columns hanging from the bus at {@code busY}; returns the bottom of the deepest column. */
    private int departmentRow(List<OrganizationChart.DepartmentBox> row, Svg.Grid grid, int busY, int y) {
        int deepest = y;
        for (int column = 0; column < row.size(); column++) {
            var department = row.get(column);
            int x = (int) grid.cellX(column);
            svg.line(x + WIDTH / 2, busY, x + WIDTH / 2, y, CONNECTOR);
            int dy = y + box(x, y, List.of(department.name(), msg("organization.role.DEPARTMENT_SECURITY_OFFICER")),
                    department.officers(), true);
            for (var section : department.sections()) {
                svg.line(x + WIDTH / 2, dy, x + WIDTH / 2, dy + 12, CONNECTOR);
                dy += 12;
                dy += box(x, dy, List.of(section.name(), msg("organization.role.SECTION_SECURITY_MANAGER")),
                        section.managers(), true);
            }
            deepest = Math.max(deepest, dy);
        }
        return deepest;
    }

    private record Role(String heading, List<OrganizationChart.Holder> holders, boolean required) {
    }

    private int box(int x, int y, String heading, List<OrganizationChart.Holder> holders, boolean required) {
        return box(x, y, List.of(heading), holders, required);
    }

    /**
     * A box headed by the unit and the role, each starting a line of its own, and one entry per holder (or 「空席」),
     * each wrapped to the box; returns its height.
     */
    private int box(int x, int y, List<String> heading, List<OrganizationChart.Holder> holders, boolean required) {
        boolean vacant = holders.isEmpty();
        boolean warn = vacant && required;
        double inner = WIDTH - 2 * PADDING;
        var headingLines = new ArrayList<String>();
        heading.forEach(part -> headingLines.addAll(Svg.wrap(part, inner, FONT_SIZE)));
        var holderLines = new ArrayList<String>();
        if (vacant) {
            holderLines.addAll(Svg.wrap(msg("organization.chart.vacant"), inner, FONT_SIZE));
        } else {
            for (var holder : holders) {
                var entry = holder.name() + (holder.unitName().isEmpty() ? "" : "（" + holder.unitName() + "）");
                holderLines.addAll(Svg.wrap(entry, inner, FONT_SIZE));
            }
        }
        int height = PADDING + LINE * (headingLines.size() + holderLines.size()) + 2 * PADDING - 2;
        svg.box(x, y, WIDTH, height, 5, warn ? "#fdecea" : "#f6f8fa", warn ? WARNING : "#0b5394", warn ? 2 : 1);
        int baseline = y + PADDING + LINE - 3;
        svg.lines(x + PADDING, baseline, headingLines, LINE, warn ? HEADING.filled(WARNING) : HEADING);
        svg.lines(x + PADDING, baseline + LINE * headingLines.size(), holderLines, LINE,
                warn ? HOLDER.filled(WARNING) : HOLDER);
        return height;
    }
}
