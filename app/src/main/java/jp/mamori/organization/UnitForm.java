package jp.mamori.organization;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The unit form as posted; converted to a {@link UnitDraft}, never bound onto the aggregate. */
record UnitForm(
        UUID parentId,
        @NotNull OrgUnitCategory category,
        @NotNull OrgUnitLevel level,
        @NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z_-]*", message = "{web.validation.codeCharacters}") String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 200) String nameKana,
        Long version) {

    static UnitForm empty() {
        return new UnitForm(null, OrgUnitCategory.EXECUTIVE, OrgUnitLevel.SECTION, "", "", "", null);
    }

    static UnitForm of(OrgUnit unit) {
        return new UnitForm(unit.parentId(), unit.category(), unit.level(), unit.code(), unit.name(), unit.nameKana(),
                unit.version());
    }

    UnitDraft draft() {
        return new UnitDraft(parentId, category, level, code.strip(), name.strip(), nameKana == null ? "" : nameKana);
    }
}
