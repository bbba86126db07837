package jp.mamori.tenant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The settings form as posted. The code is checked (with its check digit) when converted. */
record TenantSettingsForm(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String nameKana,
        @NotBlank @Size(max = 200) String nameRomaji,
        @NotBlank String code,
        @NotNull @Min(1) @Max(12) Integer fiscalYearStartMonth,
        @NotNull ClassificationScheme scheme,
        @NotNull SeparationModel separationModel,
        Boolean mfaForAll,
        Long version) {

    static TenantSettingsForm of(Tenant tenant, int month, long version) {
        return new TenantSettingsForm(tenant.name(), tenant.nameKana(), tenant.nameRomaji(), tenant.code().value(),
                month, tenant.scheme(), tenant.separationModel(), tenant.mfaForAll(), version);
    }

    TenantSettings.Draft draft(LocalGovernmentCode parsed) {
        return new TenantSettings.Draft(name, nameKana, nameRomaji, parsed, fiscalYearStartMonth, scheme,
                separationModel, Boolean.TRUE.equals(mfaForAll));
    }
}
