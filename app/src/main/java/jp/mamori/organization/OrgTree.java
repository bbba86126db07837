package jp.mamori.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.mamori.kernel.Decision;

/**
 * All units of one tenant as a tree, with the rules a placement must keep: the parent exists, no cycle,
 * levels go 部 → 課 → 係 downwards, a unit belongs to the same category (seed 4(1)) as its parent, and the
 * parent is active. Immutable snapshot; thread-safe.
 */
final class OrgTree {

    /** A unit with its depth, for showing the tree as an indented list. */
    record Node(OrgUnit unit, int depth) {
    }

    private final Map<UUID, OrgUnit> units = new LinkedHashMap<>();
    private final Map<UUID, List<OrgUnit>> children = new LinkedHashMap<>();
    private final List<OrgUnit> roots = new ArrayList<>();

    OrgTree(Collection<OrgUnit> all) {
        var sorted = all.stream().sorted(Comparator.comparing(OrgUnit::code)).toList();
        sorted.forEach(unit -> units.put(unit.id(), unit));
        for (var unit : sorted) {
            if (unit.parentId() == null || !units.containsKey(unit.parentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
    }

    Optional<OrgUnit> find(UUID id) {
        return Optional.ofNullable(id == null ? null : units.get(id));
    }

    Collection<OrgUnit> units() {
        return units.values();
    }

    List<OrgUnit> childrenOf(UUID id) {
        return children.getOrDefault(id, List.of());
    }

    /**
     * Whether a unit (null id: a new one) may sit under {@code parentId} (null: at the top) with that
     * category and level.
     */
    Decision canPlace(UUID unitId, UUID parentId, OrgUnitCategory category, OrgUnitLevel level) {
        if (parentId == null) {
            return level.fitsUnder(null) ? Decision.ALLOWED
                    : Decision.refuse("organization.unit.refused.levelAtTop", level);
        }
        var parent = units.get(parentId);
        if (parent == null) {
            return Decision.refuse("organization.unit.refused.parentUnknown");
        }
        if (unitId != null && descendantsOf(unitId).contains(parentId)) {
            return Decision.refuse("organization.unit.refused.cycle", parent.name());
        }
        if (!level.fitsUnder(parent.level())) {
            return Decision.refuse("organization.unit.refused.levelMismatch", parent.name());
        }
        if (parent.category() != category) {
            return Decision.refuse("organization.unit.refused.categoryMismatch", parent.name());
        }
        if (!parent.active()) {
            return Decision.refuse("organization.unit.refused.parentInactive", parent.name());
        }
        return Decision.ALLOWED;
    }

    /** Whether the unit may be marked inactive: not while a sub-unit is still active. */
    Decision canDeactivate(UUID unitId) {
        return childrenOf(unitId).stream().anyMatch(OrgUnit::active)
                ? Decision.refuse("organization.unit.refused.activeChildren")
                : Decision.ALLOWED;
    }

    /** The unit and everything below it (empty when unknown). */
    Set<UUID> descendantsOf(UUID unitId) {
        var result = new LinkedHashSet<UUID>();
        if (!units.containsKey(unitId)) {
            return result;
        }
        var todo = new ArrayList<UUID>(List.of(unitId));
        while (!todo.isEmpty()) {
            var next = todo.remove(todo.size() - 1);
            if (result.add(next)) {
                childrenOf(next).forEach(child -> todo.add(child.id()));
            }
        }
        return result;
    }

    /** Depth-first listing, parents before their children, siblings by code. */
    List<Node> nodes() {
        var result = new ArrayList<Node>();
        roots.forEach(root -> walk(root, 0, result));
        return result;
    }

    private void walk(OrgUnit unit, int depth, List<Node> into) {
        into.add(new Node(unit, depth));
        childrenOf(unit.id()).forEach(child -> walk(child, depth + 1, into));
    }

    /**
     * Whether the unit counts as a 部局 (the scope of a 情報セキュリティ責任者): a 部, or a top-level unit of a
     * tenant without 部 — in a small town each 課 directly under the head is its own 部局.
     */
    boolean isDepartment(OrgUnit unit) {
        return unit.level() == OrgUnitLevel.DEPARTMENT || unit.parentId() == null;
    }

    /** The 部局 a unit belongs to: itself or its nearest ancestor that is a 部局. */
    Optional<OrgUnit> departmentOf(UUID unitId) {
        var unit = units.get(unitId);
        while (unit != null && !isDepartment(unit)) {
            unit = units.get(unit.parentId());
        }
        return Optional.ofNullable(unit);
    }

    /** The active 部局 of the tenant, in tree order. */
    List<OrgUnit> activeDepartments() {
        return nodes().stream().map(Node::unit).filter(OrgUnit::active).filter(this::isDepartment).toList();
    }

    /** The active 課 of the tenant, in tree order. */
    List<OrgUnit> activeSections() {
        return nodes().stream().map(Node::unit).filter(OrgUnit::active)
                .filter(unit -> unit.level() == OrgUnitLevel.SECTION).toList();
    }

    /** For example 「教育委員会 / 学校教育係」. */
    String path(UUID unitId) {
        var names = new ArrayList<String>();
        var unit = units.get(unitId);
        while (unit != null && names.size() < units.size()) {
            names.add(0, unit.name());
            unit = units.get(unit.parentId());
        }
        return String.join(" / ", names);
    }
}
