package jp.mamori.risk;

import java.util.Objects;

/**
 * One level of a likelihood or impact scale: its rank (1 = lowest), its wording, and for impact levels the
 * column of the matrix it counts as ({@code column} is the rank itself for likelihood levels). Immutable.
 */
public record ScaleLevel(int rank, String wording, int column) {

    public ScaleLevel {
        wording = Objects.requireNonNullElse(wording, "").strip();
    }

    static ScaleLevel of(int rank, String wording) {
        return new ScaleLevel(rank, wording, rank);
    }
}
