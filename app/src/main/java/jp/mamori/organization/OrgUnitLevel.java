package jp.mamori.organization;

/** The level of a unit in the tree: 部, 課, 係. Small towns have only 課 (and 係 under them). */
public enum OrgUnitLevel {
    DEPARTMENT,
    SECTION,
    SUBSECTION;

    /** Whether a unit of this level may sit directly under a unit of the given level (null: the top). */
    boolean fitsUnder(OrgUnitLevel parent) {
        if (parent == null) {
            return this != SUBSECTION;
        }
        return ordinal() > parent.ordinal();
    }
}
