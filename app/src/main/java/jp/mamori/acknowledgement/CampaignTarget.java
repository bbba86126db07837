package jp.mamori.acknowledgement;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.mamori.organization.StaffKind;
import jp.mamori.organization.StaffMember;

/**
 * Whom a campaign asks: all staff or the chosen units (each with its sub-units), narrowed to the chosen staff kinds
 * (for example only 会計年度任用職員) when any are chosen. Immutable.
 *
 * @param all every unit of the tenant
 * @param units the chosen units when not {@code all}
 * @param kinds the staff kinds asked; empty for every kind
 */
record CampaignTarget(boolean all, Set<UUID> units, Set<StaffKind> kinds) {

    CampaignTarget {
        units = Set.copyOf(units);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Whether anyone is targeted at all: everyone, some units, or some kinds across the tenant. */
    boolean defined() {
        return all || !units.isEmpty() || !kinds.isEmpty();
    }

    /**
     * Whether the staff member is targeted. With no unit chosen and not {@code all}, chosen kinds apply to the whole
     * tenant (「会計年度任用職員の全員」).
     *
     * @param reach a chosen unit's id to the unit with its sub-units
     */
    boolean matches(StaffMember staff, Function<UUID, Set<UUID>> reach) {
        if (!defined()) {
            return false;
        }
        var inUnits = all || units.isEmpty() || units.stream().anyMatch(u -> reach.apply(u).contains(staff.unitId()));
        return inUnits && (kinds.isEmpty() || kinds.contains(staff.kind()));
    }

    String unitsColumn() {
        return units.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    String kindsColumn() {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static CampaignTarget of(boolean all, String unitsColumn, String kindsColumn) {
        var units = new LinkedHashSet<UUID>();
        Arrays.stream(unitsColumn.split(",")).filter(s -> !s.isBlank()).map(UUID::fromString).forEach(units::add);
        var kinds = EnumSet.noneOf(StaffKind.class);
        Arrays.stream(kindsColumn.split(",")).filter(s -> !s.isBlank()).map(StaffKind::valueOf).forEach(kinds::add);
        return new CampaignTarget(all, all ? Set.of() : units, kinds);
    }
}
