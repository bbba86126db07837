package jp.mamori.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.organization.StaffMember;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.tenant.Tenants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the register against the policy (see {@link FindingKind}): for one asset on its page, and for the whole
 * register on the findings page, with the same rules. Reads a light projection of the assets, so that 50,000
 * of them are checked in one pass. Thread-safe.
 */
@Component
@Transactional(readOnly = true)
class ConsistencyCheck {

    /** What the rules need to know of one asset. */
    record Facts(UUID id, String registerNumber, String name, AssetKind kind, Zone zone, boolean specific,
            boolean personal, Confidentiality confidentiality, UUID ownerUnitId, UUID managerStaffId,
            AssetStatus status) {
    }

    private static final String FACTS = "SELECT id, register_number, name, kind, zone, specific_personal_info,"
            + " personal_info, confidentiality, owner_unit_id, manager_staff_id, status FROM information_asset"
            + " WHERE tenant_id = ? AND status <> 'DISPOSED'";

    private final JdbcClient jdbc;
    private final Owners owners;
    private final Tenants tenants;
    private final TenantCalendar calendar;

    ConsistencyCheck(JdbcClient jdbc, Owners owners, Tenants tenants, TenantCalendar calendar) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.tenants = tenants;
        this.calendar = calendar;
    }

    /** Findings on one asset. */
    List<Finding> of(UUID tenantId, UUID assetId) {
        var facts = jdbc.sql(FACTS + " AND id = ?").params(tenantId, assetId).query(ConsistencyCheck::map).list();
        var containers = jdbc.sql(FACTS + " AND id IN (SELECT container_id FROM asset_holding WHERE tenant_id = ?"
                        + " AND held_id = ?)").params(tenantId, tenantId, assetId).query(ConsistencyCheck::map).list();
        Map<UUID, List<Facts>> holders = new HashMap<>();
        holders.put(assetId, containers);
        return check(tenantId, facts, holders);
    }

    /** Findings on the whole register (within the user's units), ordered by register number. */
    List<Finding> register(UUID tenantId) {
        var scope = AssetScope.units();
        var facts = jdbc.sql(FACTS + " ORDER BY register_number").param(tenantId).query(ConsistencyCheck::map).stream()
                .filter(f -> scope.map(s -> s.contains(f.ownerUnitId())).orElse(true)).toList();
        Map<UUID, Facts> byId = new HashMap<>();
        jdbc.sql(FACTS).param(tenantId).query(ConsistencyCheck::map).stream().forEach(f -> byId.put(f.id(), f));
        Map<UUID, List<Facts>> holders = new HashMap<>();
        jdbc.sql("SELECT container_id, held_id FROM asset_holding WHERE tenant_id = ?").param(tenantId).query(rs -> {
            var container = byId.get(rs.getObject(1, UUID.class));
            if (container != null) {
                holders.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>()).add(container);
            }
        });
        return check(tenantId, facts, holders);
    }

    private List<Finding> check(UUID tenantId, Collection<Facts> facts, Map<UUID, List<Facts>> holders) {
        var scheme = tenants.find(tenantId).map(t -> t.scheme()).orElse(ClassificationScheme.R6_10);
        var units = owners.units(tenantId);
        var today = calendar.today(tenantId);
        Map<UUID, Optional<StaffMember>> unitManagers = new HashMap<>();
        Map<UUID, Boolean> chosenActive = new HashMap<>();
        var findings = new ArrayList<Finding>();
        for (var f : facts) {
            if (f.specific() && f.zone() != null && f.zone() != Zone.MY_NUMBER) {
                findings.add(finding(FindingKind.SPECIFIC_PERSONAL_OUTSIDE_MY_NUMBER, f, f.zone().japanese()));
            }
            for (var c : holders.getOrDefault(f.id(), List.of())) {
                if (f.specific() && c.zone() != null && c.zone() != Zone.MY_NUMBER) {
                    findings.add(finding(FindingKind.SPECIFIC_PERSONAL_OUTSIDE_MY_NUMBER, f,
                            c.name() + "（" + c.zone().japanese() + "）"));
                }
                if (f.confidentiality().twoOrAbove() && c.zone() == Zone.INTERNET) {
                    findings.add(finding(FindingKind.CONFIDENTIAL_IN_INTERNET_ZONE, f, c.name()));
                }
            }
            if (f.confidentiality().twoOrAbove() && f.zone() == Zone.INTERNET && !f.kind().holdsInformation()
                    && f.kind() != AssetKind.NETWORK && f.kind() != AssetKind.FACILITY) {
                findings.add(finding(FindingKind.CONFIDENTIAL_IN_INTERNET_ZONE, f, f.name()));
            }
            var unit = units.get(f.ownerUnitId());
            boolean owned;
            if (unit == null || !unit.active()) {
                owned = false;
            } else if (f.managerStaffId() != null) {
                owned = chosenActive.computeIfAbsent(f.managerStaffId(), id -> owners.staff(tenantId, id)
                        .map(s -> s.activeOn(today)).orElse(false));
            } else {
                owned = unitManagers.computeIfAbsent(f.ownerUnitId(), u -> owners.unitManager(tenantId, u)).isPresent();
            }
            if (!owned) {
                findings.add(finding(FindingKind.NO_ACTIVE_OWNER, f, unit == null ? "" : unit.name()));
            }
            if (f.personal() && !f.confidentiality().twoOrAbove()) {
                findings.add(finding(FindingKind.PERSONAL_INFORMATION_PUBLIC, f, ""));
            }
            if (f.confidentiality().scheme() != scheme) {
                findings.add(finding(FindingKind.OTHER_SCHEME, f, f.confidentiality().label()));
            }
            if (f.status() == AssetStatus.DISPOSAL_REQUESTED) {
                findings.add(finding(FindingKind.DISPOSAL_AWAITING_APPROVAL, f, ""));
            }
        }
        // One finding per rule and asset, even when several systems are the cause.
        var seen = new java.util.HashSet<String>();
        return findings.stream().filter(f -> seen.add(f.kind() + "/" + f.assetId())).toList();
    }

    private static Finding finding(FindingKind kind, Facts f, String detail) {
        return new Finding(kind, f.id(), f.registerNumber(), f.name(), detail);
    }

    private static Facts map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var zone = rs.getString("zone");
        return new Facts(rs.getObject("id", UUID.class), rs.getString("register_number"), rs.getString("name"),
                AssetKind.valueOf(rs.getString("kind")), zone == null ? null : Zone.valueOf(zone),
                rs.getBoolean("specific_personal_info"), rs.getBoolean("personal_info"),
                Confidentiality.valueOf(rs.getString("confidentiality")), rs.getObject("owner_unit_id", UUID.class),
                rs.getObject("manager_staff_id", UUID.class), AssetStatus.valueOf(rs.getString("status")));
    }
}
