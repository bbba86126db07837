package jp.mamori.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A staff member (職員等) of one tenant: 職員, 会計年度任用職員, 派遣 or 委託事業者の従業者, in one unit, in
 * service from a day to a day. Not thread-safe; loaded per use case. Others see it as {@link StaffMember}.
 */
final class Staff {

    private final UUID id;
    private final UUID tenantId;
    private String staffNumber;
    private String name;
    private String nameKana;
    private StaffKind kind;
    private UUID unitId;
    private String email;
    private LocalDate activeFrom;
    private LocalDate activeTo;
    private final Long version;

    Staff(UUID id, UUID tenantId, String staffNumber, String name, String nameKana, StaffKind kind, UUID unitId,
            String email, LocalDate activeFrom, LocalDate activeTo, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.version = version;
        describe(staffNumber, name, nameKana, kind, unitId, email, activeFrom, activeTo);
    }

    static Staff hire(UUID tenantId, String staffNumber, String name, String nameKana, StaffKind kind, UUID unitId,
            String email, LocalDate activeFrom, LocalDate activeTo) {
        return new Staff(UUID.randomUUID(), tenantId, staffNumber, name, nameKana, kind, unitId, email, activeFrom,
                activeTo, null);
    }

    /** Replaces the description; refuses an end before the start. */
    void describe(String staffNumber, String name, String nameKana, StaffKind kind, UUID unitId, String email,
            LocalDate activeFrom, LocalDate activeTo) {
        Objects.requireNonNull(activeFrom, "activeFrom");
        if (activeTo != null && activeTo.isBefore(activeFrom)) {
            throw new OrganizationRefused("organization.staff.refused.endBeforeStart");
        }
        this.staffNumber = Objects.requireNonNull(staffNumber, "staffNumber").strip();
        this.name = Objects.requireNonNull(name, "name").strip();
        this.nameKana = nameKana == null ? "" : nameKana.strip();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.activeFrom = activeFrom;
        this.activeTo = activeTo;
    }

    /** Ends service on that day (inclusive); an earlier end already set stays. */
    void leaveOn(LocalDate lastDay) {
        if (lastDay.isBefore(activeFrom)) {
            throw new OrganizationRefused("organization.staff.refused.endBeforeStart");
        }
        if (activeTo == null || activeTo.isAfter(lastDay)) {
            activeTo = lastDay;
        }
    }

    boolean activeOn(LocalDate day) {
        return view().activeOn(day);
    }

    StaffMember view() {
        return new StaffMember(id, tenantId, name, nameKana, staffNumber, kind, unitId, email, activeFrom, activeTo);
    }

    UUID id() { return id; }
    UUID tenantId() { return tenantId; }
    String staffNumber() { return staffNumber; }
    String name() { return name; }
    String nameKana() { return nameKana; }
    StaffKind kind() { return kind; }
    UUID unitId() { return unitId; }
    String email() { return email; }
    LocalDate activeFrom() { return activeFrom; }
    LocalDate activeTo() { return activeTo; }
    Long version() { return version; }
}
