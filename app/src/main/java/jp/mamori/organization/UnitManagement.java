package jp.mamori.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on org units: create, change, deactivate; each checks the tree rules and writes one trail entry. */
@Service
class UnitManagement {

    private final OrgUnits units;
    private final StaffRegister staff;
    private final Trail trail;
    private final TenantCalendar calendar;

    UnitManagement(OrgUnits units, StaffRegister staff, Trail trail, TenantCalendar calendar) {
        this.units = units;
        this.staff = staff;
        this.trail = trail;
        this.calendar = calendar;
    }

    @Transactional
    UUID create(UUID tenantId, UnitDraft draft) {
        var tree = units.tree(tenantId);
        requireFreeCode(tenantId, null, draft.code());
        tree.canPlace(null, draft.parentId(), draft.category(), draft.level()).orThrow(OrganizationRefused::new);
        var unit = OrgUnit.create(tenantId, draft.parentId(), draft.category(), draft.level(), draft.code(),
                draft.name(), draft.nameKana());
        units.save(unit);
        trail.record(tenantId, "organization.unit.created", "OrgUnit", unit.id().toString(),
                "組織「" + unit.name() + "」(" + unit.code() + ") を作成 — " + describe(tree, unit));
        return unit.id();
    }

    @Transactional
    void update(UUID tenantId, UUID unitId, long version, UnitDraft draft) {
        var tree = units.tree(tenantId);
        var unit = units.find(tenantId, unitId).orElseThrow(() -> new UnitNotFound(unitId));
        checkVersion(unit.version(), version, unitId);
        requireFreeCode(tenantId, unitId, draft.code());
        tree.canPlace(unitId, draft.parentId(), draft.category(), draft.level()).orThrow(OrganizationRefused::new);
        var before = describe(tree, unit);
        unit.describe(draft.parentId(), draft.category(), draft.level(), draft.code(), draft.name(), draft.nameKana());
        units.save(unit);
        trail.record(tenantId, "organization.unit.updated", "OrgUnit", unitId.toString(),
                "組織「" + unit.name() + "」を変更: " + before + " → " + describe(tree, unit));
    }

    @Transactional
    void deactivate(UUID tenantId, UUID unitId, long version) {
        var tree = units.tree(tenantId);
        var unit = units.find(tenantId, unitId).orElseThrow(() -> new UnitNotFound(unitId));
        checkVersion(unit.version(), version, unitId);
        tree.canDeactivate(unitId).orThrow(OrganizationRefused::new);
        if (staff.countActiveInUnit(tenantId, unitId, calendar.today(tenantId)) > 0) {
            throw new OrganizationRefused("organization.unit.refused.activeStaff", unit.name());
        }
        unit.deactivate();
        units.save(unit);
        trail.record(tenantId, "organization.unit.deactivated", "OrgUnit", unitId.toString(),
                "組織「" + unit.name() + "」(" + unit.code() + ") を廃止");
    }

    private void requireFreeCode(UUID tenantId, UUID self, String code) {
        units.findByCode(tenantId, code.strip()).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new OrganizationRefused("organization.unit.refused.codeTaken", code, other.name());
        });
    }

    static void checkVersion(Long current, long expected, Object id) {
        if (!Objects.equals(current, expected)) {
            throw new OptimisticLockingFailureException(id + " is at version " + current + ", not " + expected);
        }
    }

    private static String describe(OrgTree tree, OrgUnit unit) {
        var parts = new ArrayList<String>();
        parts.add("コード " + unit.code());
        parts.add("名称 " + unit.name());
        parts.add("区分 " + unit.category());
        parts.add("階層 " + unit.level());
        parts.add("上位 " + (unit.parentId() == null ? "なし" : tree.find(unit.parentId()).map(OrgUnit::name).orElse("?")));
        return String.join(", ", parts);
    }
}
