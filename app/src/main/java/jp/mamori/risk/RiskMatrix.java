package jp.mamori.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * The matrix that combines likelihood (rows, 1 = least likely) and impact (columns, 1 = least harm) into a
 * {@link RiskLevel}: 3×3 to 6×6, each cell with its level. Immutable; may be invalid as typed, see
 * {@link #problems()}.
 *
 * @param cells {@code cells.get(likelihood - 1).get(impact - 1)}; a null cell is one not chosen yet
 */
public record RiskMatrix(List<List<RiskLevel>> cells) {

    static final int MIN_SIZE = 3;
    static final int MAX_SIZE = 6;

    public RiskMatrix {
        cells = cells.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    public int rows() {
        return cells.size();
    }

    public int columns() {
        return cells.isEmpty() ? 0 : cells.get(0).size();
    }

    public RiskLevel level(int likelihood, int impactColumn) {
        if (likelihood < 1 || likelihood > rows() || impactColumn < 1 || impactColumn > columns()) {
            throw new IllegalArgumentException("no cell " + likelihood + "×" + impactColumn);
        }
        return cells.get(likelihood - 1).get(impactColumn - 1);
    }

    /**
     * What is wrong: a size outside 3…6, rows of different lengths, a cell without a level, or a cell lower than
     * a cell with less likelihood or less impact (more of either can never make a risk smaller).
     */
    public List<ScaleProblem> problems() {
        var problems = new ArrayList<ScaleProblem>();
        int rows = rows();
        int columns = columns();
        if (rows < MIN_SIZE || rows > MAX_SIZE || columns < MIN_SIZE || columns > MAX_SIZE) {
            problems.add(ScaleProblem.of("risk.matrix.size", MIN_SIZE, MAX_SIZE, rows, columns));
        }
        for (var row : cells) {
            if (row.size() != columns) {
                problems.add(ScaleProblem.of("risk.matrix.ragged", columns));
                return problems;
            }
        }
        for (int l = 1; l <= rows; l++) {
            for (int i = 1; i <= columns; i++) {
                var cell = level(l, i);
                if (cell == null) {
                    problems.add(ScaleProblem.of("risk.matrix.empty", l, i));
                    continue;
                }
                var below = l > 1 ? level(l - 1, i) : null;
                var left = i > 1 ? level(l, i - 1) : null;
                if ((below != null && below.higherThan(cell)) || (left != null && left.higherThan(cell))) {
                    problems.add(ScaleProblem.of("risk.matrix.falling", l, i));
                }
            }
        }
        return problems;
    }
}
