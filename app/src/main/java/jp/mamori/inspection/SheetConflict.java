package jp.mamori.inspection;

import jp.mamori.kernel.EditConflict;

/**
 * Someone saved the sheet after this person opened it (another browser, another tab): the save is refused and the
 * page shows the sheet as the other person left it, so that nothing is silently overwritten.
 */
class SheetConflict extends EditConflict {

    private final transient Sheet current;

    SheetConflict(Sheet current) {
        super("inspection sheet " + current.id() + " is at version " + current.version());
        this.current = current;
    }

    /** The sheet as it is now stored. */
    Sheet current() {
        return current;
    }
}
