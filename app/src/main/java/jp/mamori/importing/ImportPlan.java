package jp.mamori.importing;

import java.util.List;

/**
 * What importing a file would do, as one {@link SheetImport} planned it: every problem of the file, or the changes.
 * A plan with a problem is never applied.
 */
public interface ImportPlan {

    /** The data rows read. */
    int rows();

    /** Every problem found, in one round; empty when the file can be imported. */
    List<RowProblem> problems();

    /** Rows that would create or change a record. */
    int changed();

    /** Rows that match what is stored already. */
    int unchanged();

    /**
     * What the plan was made against: the ids and versions of the records it would write (and, where the result
     * depends on them, of those it only read). The pipeline keeps its hash from the preview and refuses the
     * confirmation when planning again gives another basis, because the data changed in between.
     */
    String basis();

    default boolean valid() {
        return problems().isEmpty() && rows() > 0;
    }
}
