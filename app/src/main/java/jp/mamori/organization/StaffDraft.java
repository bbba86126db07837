package jp.mamori.organization;

import java.time.LocalDate;
import java.util.UUID;

/** What a staff record should be: the input of hiring or changing one. */
record StaffDraft(String staffNumber, String name, String nameKana, StaffKind kind, UUID unitId, String email,
        LocalDate activeFrom, LocalDate activeTo) {
}
