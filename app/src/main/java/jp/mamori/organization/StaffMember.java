package jp.mamori.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A read view of one staff member (職員等). Immutable.
 *
 * @param id the staff id
 * @param tenantId the tenant
 * @param name the name in kanji, for example 「山田 太郎」
 * @param nameKana the reading, for example 「やまだ たろう」
 * @param staffNumber the staff number, unique within the tenant
 * @param kind 職員, 会計年度任用職員, 派遣 or 委託事業者
 * @param unitId the org unit the person belongs to
 * @param email mail address, or null
 * @param activeFrom first day of service
 * @param activeTo last day of service, or null while open-ended
 */
public record StaffMember(
        UUID id,
        UUID tenantId,
        String name,
        String nameKana,
        String staffNumber,
        StaffKind kind,
        UUID unitId,
        String email,
        LocalDate activeFrom,
        LocalDate activeTo) {

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(staffNumber, "staffNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(activeFrom, "activeFrom");
    }

    /** Whether the person is in service on that day (both ends inclusive). */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }
}
