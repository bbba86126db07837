package jp.mamori.campaign;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.mamori.organization.SecurityRole;
import jp.mamori.organization.StaffKind;
import jp.mamori.organization.StaffMember;

/**
 * 依頼の対象 — whom a campaign asks: all staff or the chosen units (each with its sub-units), narrowed to the chosen
 * staff kinds (for example only 会計年度任用職員) when any are chosen; or the holders of chosen security roles; or
 * the people a using module names for chosen information systems ({@link SystemRespondents}). Criteria add up:
 * a person is targeted when the unit/kind criterion, a role or a system matches. Immutable.
 *
 * @param all every unit of the tenant
 * @param units the chosen units when not {@code all}
 * @param kinds the staff kinds asked; empty for every kind
 * @param roles security roles whose holders are asked (on the day of the snapshot); may be empty
 * @param systems information systems whose respondents are asked; may be empty
 */
public record CampaignTarget(boolean all, Set<UUID> units, Set<StaffKind> kinds, Set<SecurityRole> roles,
        Set<UUID> systems) {

    public CampaignTarget {
        units = all ? Set.of() : Set.copyOf(units);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        systems = Set.copyOf(systems);
    }

    /** A target by unit and kind only, as 読了確認 uses it. */
    public CampaignTarget(boolean all, Set<UUID> units, Set<StaffKind> kinds) {
        this(all, units, kinds, Set.of(), Set.of());
    }

    /** Whether anyone is targeted at all. */
    public boolean defined() {
        return byUnitOrKind() || !roles.isEmpty() || !systems.isEmpty();
    }

    private boolean byUnitOrKind() {
        return all || !units.isEmpty() || !kinds.isEmpty();
    }

    /**
     * Whether the staff member is targeted by unit and kind. With no unit chosen and not {@code all}, chosen kinds
     * apply to the whole tenant (「会計年度任用職員の全員」).
     *
     * @param reach a chosen unit's id to the unit with its sub-units
     */
    public boolean matches(StaffMember staff, Function<UUID, Set<UUID>> reach) {
        if (!byUnitOrKind()) {
            return false;
        }
        var inUnits = all || units.isEmpty() || units.stream().anyMatch(u -> reach.apply(u).contains(staff.unitId()));
        return inUnits && (kinds.isEmpty() || kinds.contains(staff.kind()));
    }

    String unitsColumn() {
        return join(units.stream().map(UUID::toString));
    }

    String kindsColumn() {
        return join(kinds.stream().map(Enum::name));
    }

    String rolesColumn() {
        return join(roles.stream().map(Enum::name));
    }

    String systemsColumn() {
        return join(systems.stream().map(UUID::toString));
    }

    private static String join(java.util.stream.Stream<String> values) {
        return values.sorted().collect(Collectors.joining(","));
    }

    static CampaignTarget of(boolean all, String units, String kinds, String roles, String systems) {
        return new CampaignTarget(all, ids(units), values(kinds, StaffKind.class), values(roles, SecurityRole.class),
                ids(systems));
    }

    private static Set<UUID> ids(String column) {
        var ids = new LinkedHashSet<UUID>();
        parts(column).map(UUID::fromString).forEach(ids::add);
        return ids;
    }

    private static <E extends Enum<E>> Set<E> values(String column, Class<E> type) {
        var values = EnumSet.noneOf(type);
        parts(column).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        return values;
    }

    private static java.util.stream.Stream<String> parts(String column) {
        return column == null ? java.util.stream.Stream.empty()
                : Arrays.stream(column.split(",")).filter(s -> !s.isBlank());
    }
}
