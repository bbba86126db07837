package jp.mamori.risk;

import java.util.Objects;

/** Where a risk sits in the matrix: its likelihood row, its impact column and the cell's level. Immutable. */
public record RiskRating(int likelihood, int impactColumn, RiskLevel level) {

    public RiskRating {
        Objects.requireNonNull(level, "level");
    }

    /** Lower in likelihood or impact, and higher in neither. */
    public boolean lowerThan(RiskRating other) {
        return likelihood <= other.likelihood && impactColumn <= other.impactColumn && !equalsCell(other);
    }

    public boolean equalsCell(RiskRating other) {
        return likelihood == other.likelihood && impactColumn == other.impactColumn;
    }
}
