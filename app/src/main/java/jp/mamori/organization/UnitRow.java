package jp.mamori.organization;

import java.util.UUID;

/** A unit as a row of the units page or a choice in a select; {@code depth} indents the tree. */
record UnitRow(UUID id, String code, String name, String nameKana, OrgUnitCategory category, OrgUnitLevel level,
        boolean active, int depth, String path, long version) {

    static UnitRow of(OrgTree tree, OrgUnit unit, int depth) {
        return new UnitRow(unit.id(), unit.code(), unit.name(), unit.nameKana(), unit.category(), unit.level(),
                unit.active(), depth, tree.path(unit.id()), unit.version() == null ? 0 : unit.version());
    }

    /** The name indented by depth with full-width spaces, for select options. */
    public String indented() {
        return "　".repeat(depth) + name;
    }
}
