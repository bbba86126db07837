package jp.mamori.asset;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffMember;
import jp.mamori.organization.UnitSummary;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.stereotype.Component;

/**
 * Who owns an asset, from the organization module: the owning unit and its 情報セキュリティ管理者 — the one chosen
 * for the asset when set, else the unit's appointed 管理者 today. Thread-safe.
 */
@Component
class Owners {

    private final Organization organization;
    private final TenantCalendar calendar;

    Owners(Organization organization, TenantCalendar calendar) {
        this.organization = organization;
        this.calendar = calendar;
    }

    /** The tenant's units by id, in code order. */
    Map<UUID, UnitSummary> units(UUID tenantId) {
        var map = new LinkedHashMap<UUID, UnitSummary>();
        organization.units(tenantId).forEach(u -> map.put(u.id(), u));
        return map;
    }

    boolean unitExists(UUID tenantId, UUID unitId) {
        return units(tenantId).containsKey(unitId);
    }

    boolean staffExists(UUID tenantId, UUID staffId) {
        return organization.staffMember(tenantId, staffId).isPresent();
    }

    Optional<StaffMember> staff(UUID tenantId, UUID staffId) {
        return organization.staffMember(tenantId, staffId);
    }

    Optional<StaffMember> staffByNumber(UUID tenantId, String number) {
        return organization.staffByNumber(tenantId, number);
    }

    /** The unit's appointed 管理者 today, or empty when the post is vacant. */
    Optional<StaffMember> unitManager(UUID tenantId, UUID unitId) {
        return organization.sectionManager(tenantId, unitId, calendar.today(tenantId));
    }

    /** The asset's 管理者: the chosen one, else the unit's appointed one. */
    Optional<StaffMember> managerOf(UUID tenantId, AssetDetails details) {
        if (details.managerStaffId() != null) {
            return organization.staffMember(tenantId, details.managerStaffId());
        }
        return unitManager(tenantId, details.ownerUnitId());
    }
}
