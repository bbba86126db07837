package jp.mamori.organization;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.mamori.web.DateInput;
import jp.mamori.web.FieldLabel;

import org.springframework.validation.Errors;

/**
 * The staff form as posted; converted to a {@link StaffDraft}. The dates are the text typed, read by
 * {@link DateInput}, so that a bad one comes back on the form as typed with a message next to it.
 */
record StaffForm(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z_-]*", message = "{web.validation.codeCharacters}")
        String staffNumber,
        @FieldLabel("organization.field.staffName") @NotBlank @Size(max = 100) String name,
        @FieldLabel("organization.field.staffNameKana") @NotBlank @Size(max = 200) String nameKana,
        @NotNull StaffKind kind,
        @FieldLabel("organization.field.unit") @NotNull UUID unitId,
        @Email @Size(max = 254) String email,
        String activeFrom,
        String activeTo,
        Long version) {

    static StaffForm empty(LocalDate today) {
        return new StaffForm("", "", "", StaffKind.REGULAR, null, "", DateInput.text(today), "", null);
    }

    static StaffForm of(Staff staff) {
        return new StaffForm(staff.staffNumber(), staff.name(), staff.nameKana(), staff.kind(), staff.unitId(),
                staff.email(), DateInput.text(staff.activeFrom()), DateInput.text(staff.activeTo()), staff.version());
    }

    /** The draft, or null when a date is refused (the errors are then on {@code errors}). */
    StaffDraft draft(Errors errors) {
        var from = DateInput.read(errors, "activeFrom", "organization.field.activeFrom", activeFrom, true);
        var to = DateInput.read(errors, "activeTo", "organization.field.activeTo", activeTo, false);
        if (errors.hasErrors()) {
            return null;
        }
        return new StaffDraft(staffNumber.strip(), name.strip(), nameKana.strip(), kind, unitId, email, from, to);
    }
}
