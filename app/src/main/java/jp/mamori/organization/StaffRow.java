package jp.mamori.organization;

import java.time.LocalDate;
import java.util.UUID;

/** A staff member as shown on the pages, with the path of their unit. */
record StaffRow(UUID id, String staffNumber, String name, String nameKana, StaffKind kind, UUID unitId,
        String unitPath, String email, LocalDate activeFrom, LocalDate activeTo, boolean active, long version) {

    static StaffRow of(OrgTree tree, Staff staff, LocalDate today) {
        return new StaffRow(staff.id(), staff.staffNumber(), staff.name(), staff.nameKana(), staff.kind(),
                staff.unitId(), tree.path(staff.unitId()), staff.email(), staff.activeFrom(), staff.activeTo(),
                staff.activeOn(today), staff.version() == null ? 0 : staff.version());
    }
}
