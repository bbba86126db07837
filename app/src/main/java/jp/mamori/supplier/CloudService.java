package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.asset.Confidentiality;

/**
 * An external cloud service (クラウドサービス) the town uses: provider and service, its ISMAP registration (with
 * the expiry of the listing; null when not listed), where the data lies, the highest class of information it may
 * hold, whether it is used on the provider's standard terms (約款型) or under a negotiated contract, the approval
 * (null while not approved) and the exit plan. The class actually stored comes from the asset register through the
 * assets linked to it. Immutable.
 */
record CloudService(UUID id, UUID tenantId, String provider, String service, UUID unitId, boolean ismapRegistered,
        LocalDate ismapExpiresOn, String dataLocation, Confidentiality allowedClass, boolean termsOfService,
        LocalDate approvedOn, String exitPlan, long version) {

    CloudService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(allowedClass, "allowedClass");
        provider = SupplierText.required(provider, "provider", 200);
        service = SupplierText.required(service, "service", 200);
        dataLocation = SupplierText.optional(dataLocation, 200);
        exitPlan = SupplierText.optional(exitPlan, 2000);
    }

    String display() {
        return provider + " " + service;
    }

    /** Listed on ISMAP on that day: registered, and the listing not expired. */
    boolean ismapListedOn(LocalDate day) {
        return ismapRegistered && (ismapExpiresOn == null || !day.isAfter(ismapExpiresOn));
    }
}
