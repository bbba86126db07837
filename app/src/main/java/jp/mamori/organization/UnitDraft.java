package jp.mamori.organization;

import java.util.UUID;

/** What a unit should be: the input of creating or changing one. Values already checked for presence. */
record UnitDraft(UUID parentId, OrgUnitCategory category, OrgUnitLevel level, String code, String name,
        String nameKana) {
}
