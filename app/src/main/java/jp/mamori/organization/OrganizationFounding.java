package jp.mamori.organization;

import java.util.UUID;

import jp.mamori.tenant.TenantCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first unit and the first member of staff of a tenant that has neither — the person who opens a newly
 * registered tenant's setup link (issue 20, finding 4). Every account belongs to a staff record and every staff
 * record to a unit, so without this a new tenant's first administrator could not be made; after it, units and staff
 * come from the organisation pages or the HR import as usual. Refused once the tenant has any unit, so that a setup
 * link can never add people to an organisation that already exists. Thread-safe.
 */
@Service
public class OrganizationFounding {

    /** Who opens the tenant, and the 課 they work in (a small town's 総務課, say). */
    public record Founder(String unitName, String staffNumber, String name, String nameKana, String email) {
    }

    private final OrgUnits units;
    private final UnitManagement unitManagement;
    private final StaffManagement staffManagement;
    private final TenantCalendar calendar;

    OrganizationFounding(OrgUnits units, UnitManagement unitManagement, StaffManagement staffManagement,
            TenantCalendar calendar) {
        this.units = units;
        this.unitManagement = unitManagement;
        this.staffManagement = staffManagement;
        this.calendar = calendar;
    }

    /** Whether the tenant has no unit yet, so that its first member of staff has to be founded. */
    public boolean isEmpty(UUID tenantId) {
        return units.all(tenantId).isEmpty();
    }

    /**
     * Creates the founder's 課 at the top of the tree (of the executive body, with code 001) and the founder's staff
     * record in it, active from today, both in the trail; returns the staff id.
     *
     * @throws jp.mamori.kernel.Refused {@code organization.founding.notEmpty} when the tenant has units already,
     *         {@code organization.founding.required} when the unit name, staff number or name is missing
     */
    @Transactional
    public UUID found(UUID tenantId, Founder founder) {
        if (!isEmpty(tenantId)) {
            throw new OrganizationRefused("organization.founding.notEmpty");
        }
        var unitName = strip(founder.unitName());
        var number = strip(founder.staffNumber());
        var name = strip(founder.name());
        if (unitName.isEmpty() || number.isEmpty() || name.isEmpty()) {
            throw new OrganizationRefused("organization.founding.required");
        }
        var unitId = unitManagement.create(tenantId, new UnitDraft(null, OrgUnitCategory.EXECUTIVE,
                OrgUnitLevel.SECTION, "001", unitName, ""));
        var email = strip(founder.email());
        return staffManagement.hire(tenantId, new StaffDraft(number, name, strip(founder.nameKana()),
                StaffKind.REGULAR, unitId, email.isEmpty() ? null : email, calendar.today(tenantId), null));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
