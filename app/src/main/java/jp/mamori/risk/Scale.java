package jp.mamori.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A likelihood scale (発生可能性) or the impact scale of one axis (影響度): its levels, ranked 1 … n. Immutable;
 * an instance may be invalid (as typed on the settings page) and says what is wrong through {@link #problems}.
 *
 * @param name what the messages call it: {@code likelihood}, {@code confidentiality}, {@code integrity} or
 *             {@code availability}
 */
public record Scale(String name, List<ScaleLevel> levels) {

    static final int MIN_LIKELIHOOD_LEVELS = 3;
    static final int MAX_LEVELS = 6;
    static final int MIN_IMPACT_LEVELS = 2;

    public Scale {
        Objects.requireNonNull(name, "name");
        levels = levels.stream().sorted(Comparator.comparingInt(ScaleLevel::rank)).toList();
    }

    public int size() {
        return levels.size();
    }

    public int highestRank() {
        return levels.isEmpty() ? 0 : levels.get(levels.size() - 1).rank();
    }

    public Optional<ScaleLevel> level(int rank) {
        return levels.stream().filter(l -> l.rank() == rank).findFirst();
    }

    /** The matrix column an impact of this rank counts as. */
    public int columnOf(int rank) {
        return level(rank).orElseThrow(() -> new IllegalArgumentException(name + " has no level " + rank)).column();
    }

    /**
     * What is wrong with the levels on their own: too few or too many, a rank used twice (overlap), a rank
     * missing between 1 and the highest (gap), a level without wording; for impact scales also a column outside
     * the matrix, columns that fall as the rank rises, or a highest level that does not reach the highest column.
     */
    List<ScaleProblem> problems(int min, int matrixColumns, boolean impact) {
        var problems = new ArrayList<ScaleProblem>();
        if (levels.size() < min || levels.size() > MAX_LEVELS) {
            problems.add(ScaleProblem.of("risk.scale.size", name, min, MAX_LEVELS, levels.size()));
        }
        var seen = new HashSet<Integer>();
        for (var level : levels) {
            if (!seen.add(level.rank())) {
                problems.add(ScaleProblem.of("risk.scale.overlap", name, level.rank()));
            }
            if (level.wording().isEmpty()) {
                problems.add(ScaleProblem.of("risk.scale.wording", name, level.rank()));
            }
        }
        for (int rank = 1; rank <= highestRank(); rank++) {
            if (!seen.contains(rank)) {
                problems.add(ScaleProblem.of("risk.scale.gap", name, rank));
            }
        }
        if (!levels.isEmpty() && levels.get(0).rank() < 1) {
            problems.add(ScaleProblem.of("risk.scale.gap", name, levels.get(0).rank()));
        }
        if (impact) {
            int previous = 0;
            for (var level : levels) {
                if (level.column() < 1 || level.column() > matrixColumns) {
                    problems.add(ScaleProblem.of("risk.scale.column", name, level.rank(), matrixColumns));
                } else if (level.column() < previous) {
                    problems.add(ScaleProblem.of("risk.scale.falling", name, level.rank()));
                }
                previous = Math.max(previous, level.column());
            }
            if (!levels.isEmpty() && levels.get(levels.size() - 1).column() != matrixColumns) {
                problems.add(ScaleProblem.of("risk.scale.top", name, matrixColumns));
            }
        }
        return problems;
    }
}
