package jp.mamori.organization;

import java.util.Objects;
import java.util.UUID;

/**
 * An org unit (組織: 部, 課 or 係) of one tenant. The tree rules live in {@link OrgTree}; this class keeps
 * its own fields consistent. Not thread-safe; loaded per use case.
 */
final class OrgUnit {

    private final UUID id;
    private final UUID tenantId;
    private UUID parentId;
    private OrgUnitCategory category;
    private OrgUnitLevel level;
    private String code;
    private String name;
    private String nameKana;
    private boolean active;
    private final Long version;

    OrgUnit(UUID id, UUID tenantId, UUID parentId, OrgUnitCategory category, OrgUnitLevel level, String code,
            String name, String nameKana, boolean active, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.parentId = parentId;
        this.category = Objects.requireNonNull(category, "category");
        this.level = Objects.requireNonNull(level, "level");
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.nameKana = nameKana == null ? "" : nameKana.strip();
        this.active = active;
        this.version = version;
    }

    static OrgUnit create(UUID tenantId, UUID parentId, OrgUnitCategory category, OrgUnitLevel level, String code,
            String name, String nameKana) {
        return new OrgUnit(UUID.randomUUID(), tenantId, parentId, category, level, code, name, nameKana, true, null);
    }

    /** Changes what the unit is called and where it sits; the caller has checked the tree rules. */
    void describe(UUID parentId, OrgUnitCategory category, OrgUnitLevel level, String code, String name,
            String nameKana) {
        this.parentId = parentId;
        this.category = Objects.requireNonNull(category, "category");
        this.level = Objects.requireNonNull(level, "level");
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.nameKana = nameKana == null ? "" : nameKana.strip();
    }

    void deactivate() {
        this.active = false;
    }

    void activate() {
        this.active = true;
    }

    /** Whether the unit has the same description (used to make re-imports change nothing). */
    boolean sameAs(UUID parentId, OrgUnitCategory category, OrgUnitLevel level, String name, String nameKana,
            boolean active) {
        return Objects.equals(this.parentId, parentId) && this.category == category && this.level == level
                && this.name.equals(name) && this.nameKana.equals(nameKana == null ? "" : nameKana.strip())
                && this.active == active;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    UUID id() { return id; }
    UUID tenantId() { return tenantId; }
    UUID parentId() { return parentId; }
    OrgUnitCategory category() { return category; }
    OrgUnitLevel level() { return level; }
    String code() { return code; }
    String name() { return name; }
    String nameKana() { return nameKana; }
    boolean active() { return active; }
    Long version() { return version; }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
