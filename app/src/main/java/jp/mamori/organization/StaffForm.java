package jp.mamori.organization;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The staff form as posted; converted to a {@link StaffDraft}. */
record StaffForm(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z_-]*") String staffNumber,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String nameKana,
        @NotNull StaffKind kind,
        @NotNull UUID unitId,
        @Email @Size(max = 254) String email,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeTo,
        Long version) {

    static StaffForm empty(LocalDate today) {
        return new StaffForm("", "", "", StaffKind.REGULAR, null, "", today, null, null);
    }

    static StaffForm of(Staff staff) {
        return new StaffForm(staff.staffNumber(), staff.name(), staff.nameKana(), staff.kind(), staff.unitId(),
                staff.email(), staff.activeFrom(), staff.activeTo(), staff.version());
    }

    StaffDraft draft() {
        return new StaffDraft(staffNumber.strip(), name.strip(), nameKana.strip(), kind, unitId, email, activeFrom,
                activeTo);
    }
}
