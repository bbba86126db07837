package jp.mamori.kernel;

/**
 * Someone else saved the record after this user opened it: their edit would silently overwrite the
 * other. Shown as 409 with the advice to reload and re-apply.
 */
public class EditConflict extends RuntimeException {

    public EditConflict(String what) {
        super(what);
    }
}
