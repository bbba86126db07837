package jp.mamori.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.demo.DemoTown;
import jp.mamori.organization.Organization;
import jp.mamori.organization.RoleHolding;
import jp.mamori.organization.StaffMember;
import jp.mamori.organization.UnitSummary;
import jp.mamori.tenant.Tenant;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.stereotype.Component;

/**
 * The staff a person opening a setup link may pick themself from (issue 19): so that nobody has to know a
 * 職員番号 by heart or read the source to find one. Only callers that have checked the link is open may use it, and
 * only for the tenants the link may set up. Thread-safe.
 */
@Component
class SetupDirectory {

    static final int MOST = 20;
    static final int DEMO_PEOPLE = 6;

    /** One staff member as the setup page lists them; {@code posts} are role codes, possibly none. */
    record Candidate(String staffNumber, String name, String nameKana, String unitName, List<String> posts) {
    }

    private final Organization organization;
    private final TenantCalendar calendar;

    SetupDirectory(Organization organization, TenantCalendar calendar) {
        this.organization = organization;
        this.calendar = calendar;
    }

    /** Staff in service whose name, kana, number or unit contains the query; at most {@value #MOST}. */
    List<Candidate> search(UUID tenantId, String query) {
        var wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        var units = unitNames(tenantId);
        return organization.staffActiveOn(tenantId, calendar.today(tenantId)).stream()
                .filter(s -> matches(s, units.getOrDefault(s.unitId(), ""), wanted))
                .limit(MOST).map(s -> candidate(s, units, List.of())).toList();
    }

    /**
     * For the demo town only (the demo is loaded): a few staff who hold security roles, with their posts, so that a
     * visitor can try the setup with a real number. Empty for every real tenant.
     */
    List<Candidate> demoPeople(Tenant tenant) {
        if (!DemoTown.CODE.equals(tenant.code())) {
            return List.of();
        }
        var today = calendar.today(tenant.id());
        var units = unitNames(tenant.id());
        return organization.staffActiveOn(tenant.id(), today).stream()
                .map(s -> candidate(s, units, organization.rolesHeld(tenant.id(), s.id(), today).stream()
                        .map(RoleHolding::role).map(Enum::name).distinct().toList()))
                .filter(c -> !c.posts().isEmpty()).sorted(Comparator.comparing(Candidate::staffNumber))
                .limit(DEMO_PEOPLE).toList();
    }

    private Map<UUID, String> unitNames(UUID tenantId) {
        return organization.units(tenantId).stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    }

    private static boolean matches(StaffMember staff, String unitName, String wanted) {
        return contains(staff.name(), wanted) || contains(staff.nameKana(), wanted)
                || contains(staff.staffNumber(), wanted) || contains(unitName, wanted);
    }

    private static boolean contains(String text, String wanted) {
        // Names are stored with a space between family and given name; people type them with or without it.
        return text != null && text.toLowerCase(Locale.ROOT).replace(" ", "").replace("\u3000", "")
                .contains(wanted.replace(" ", "").replace("\u3000", ""));
    }

    private static Candidate candidate(StaffMember staff, Map<UUID, String> units, List<String> posts) {
        return new Candidate(staff.staffNumber(), staff.name(), staff.nameKana(),
                staff.unitId() == null ? "" : units.getOrDefault(staff.unitId(), ""), posts);
    }
}
