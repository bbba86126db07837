package jp.mamori.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a tenant's scales, one line per level ({@code L|rank|column|wording}, {@code C|…}, {@code I|…},
 * {@code A|…}) and per matrix row ({@code M|LOW,MEDIUM,…}), likelihood row 1 first. Stateless.
 */
final class ScalesText {

    private ScalesText() {
    }

    static String write(RiskScales scales) {
        var out = new StringBuilder();
        level(out, "L", scales.likelihood());
        level(out, "C", scales.impact(ImpactAxis.CONFIDENTIALITY));
        level(out, "I", scales.impact(ImpactAxis.INTEGRITY));
        level(out, "A", scales.impact(ImpactAxis.AVAILABILITY));
        for (var row : scales.matrix().cells()) {
            out.append("M|").append(String.join(",", row.stream().map(Enum::name).toList())).append('\n');
        }
        return out.toString();
    }

    private static void level(StringBuilder out, String tag, Scale scale) {
        for (var level : scale.levels()) {
            out.append(tag).append('|').append(level.rank()).append('|').append(level.column()).append('|')
                    .append(level.wording().replace('\n', ' ').replace('|', '｜')).append('\n');
        }
    }

    static RiskScales read(String text) {
        var levels = new EnumMap<ImpactAxis, List<ScaleLevel>>(ImpactAxis.class);
        for (var axis : ImpactAxis.values()) {
            levels.put(axis, new ArrayList<>());
        }
        var likelihood = new ArrayList<ScaleLevel>();
        var rows = new ArrayList<List<RiskLevel>>();
        for (var line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            var parts = line.split("\\|", 4);
            if (parts[0].equals("M")) {
                rows.add(java.util.Arrays.stream(parts[1].split(",")).map(RiskLevel::valueOf).toList());
                continue;
            }
            var level = new ScaleLevel(Integer.parseInt(parts[1]), parts[3], Integer.parseInt(parts[2]));
            switch (parts[0]) {
                case "L" -> likelihood.add(level);
                case "C" -> levels.get(ImpactAxis.CONFIDENTIALITY).add(level);
                case "I" -> levels.get(ImpactAxis.INTEGRITY).add(level);
                case "A" -> levels.get(ImpactAxis.AVAILABILITY).add(level);
                default -> throw new IllegalStateException("unknown scale line " + parts[0]);
            }
        }
        Map<ImpactAxis, Scale> impacts = new EnumMap<>(ImpactAxis.class);
        levels.forEach((axis, list) -> impacts.put(axis,
                new Scale(axis.name().toLowerCase(java.util.Locale.ROOT), list)));
        return new RiskScales(new Scale("likelihood", likelihood), impacts, new RiskMatrix(rows));
    }
}
