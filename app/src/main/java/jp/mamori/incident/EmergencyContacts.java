package jp.mamori.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.kernel.TenantId;
import jp.mamori.organization.Organization;
import jp.mamori.organization.RoleHolder;
import jp.mamori.organization.SecurityRole;
import jp.mamori.organization.StaffDirectory;

import org.springframework.stereotype.Component;

/**
 * The 緊急連絡網 of the emergency response plan, generated from the appointments in force on a day rather than kept
 * as a sheet that goes stale at the first personnel change: the escalation chain from the top (CISO, 副CISO,
 * 統括情報セキュリティ責任者), the CSIRT, then each 部局's 情報セキュリティ責任者 and each 課's 情報セキュリティ管理者,
 * with the unit and the mail address. The page is printable for the day the systems are down.
 */
@Component
class EmergencyContacts {

    /** One line of the list: the role, the unit it is for (empty for a tenant-wide role), the person and address. */
    record Contact(SecurityRole role, String unit, String name, String staffNumber, String email) {
    }

    private static final List<SecurityRole> CHAIN = List.of(SecurityRole.CISO, SecurityRole.DEPUTY_CISO,
            SecurityRole.GENERAL_SECURITY_OFFICER, SecurityRole.CSIRT_MEMBER, SecurityRole.DEPARTMENT_SECURITY_OFFICER,
            SecurityRole.SECTION_SECURITY_MANAGER);

    private final StaffDirectory directory;
    private final Organization organization;

    EmergencyContacts(StaffDirectory directory, Organization organization) {
        this.directory = directory;
        this.organization = organization;
    }

    /** The list in escalation order; within a role, by unit code and then by staff number. */
    List<Contact> on(UUID tenantId, LocalDate day) {
        Map<UUID, String> unitNames = organization.units(tenantId).stream()
                .collect(Collectors.toMap(u -> u.id(), u -> u.name()));
        Map<UUID, String> unitCodes = organization.units(tenantId).stream()
                .collect(Collectors.toMap(u -> u.id(), u -> u.code()));
        var contacts = new ArrayList<Contact>();
        for (var role : CHAIN) {
            var holders = new ArrayList<>(directory.holders(TenantId.of(tenantId), role, null, day));
            holders.sort(java.util.Comparator.comparing((RoleHolder h) -> h.unitId() == null ? ""
                    : unitCodes.getOrDefault(h.unitId().value(), "")).thenComparing(RoleHolder::staffNumber));
            for (var holder : holders) {
                var email = organization.staffMember(tenantId, holder.staffId().value())
                        .map(s -> s.email() == null ? "" : s.email()).orElse("");
                contacts.add(new Contact(role, holder.unitId() == null ? ""
                        : unitNames.getOrDefault(holder.unitId().value(), ""), holder.name(), holder.staffNumber(),
                        email));
            }
        }
        return List.copyOf(contacts);
    }
}
