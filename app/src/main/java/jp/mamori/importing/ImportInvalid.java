package jp.mamori.importing;

import jp.mamori.kernel.Refused;

/** A file with problems was to be applied: nothing was written; the plan lists the problems. */
public final class ImportInvalid extends Refused {

    private final transient ImportPlan plan;

    public ImportInvalid(ImportPlan plan) {
        super("importing.invalid", plan.problems().size());
        this.plan = plan;
    }

    public ImportPlan plan() {
        return plan;
    }
}
