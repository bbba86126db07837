package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An official social-media account (SNSアカウント) of the town: platform and URL, the owning unit, the responsible
 * person (a staff member, null while nobody is named), the operating procedure (運用手順, by its title), whether it
 * is listed on the town's website, whether the login needs a second factor, who holds the credentials, and the last
 * activity (null when never used). Nothing of 機密性2 or above is ever posted. Immutable.
 */
record SocialAccount(UUID id, UUID tenantId, String platform, String accountName, String url, UUID unitId,
        UUID responsibleStaffId, String procedureTitle, boolean listedOnWebsite, boolean secondFactor,
        String credentialHolder, LocalDate lastActivityOn, long version) {

    /** An account not used for this long is dormant (休眠): it should be closed, or used and watched. */
    static final int DORMANT_AFTER_DAYS = 180;

    SocialAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        platform = SupplierText.required(platform, "platform", 100);
        accountName = SupplierText.required(accountName, "accountName", 200);
        url = SupplierText.required(url, "url", 500);
        if (!url.startsWith("https://")) {
            throw new SupplierRefused("supplier.refused.url");
        }
        procedureTitle = SupplierText.optional(procedureTitle, 200);
        credentialHolder = SupplierText.optional(credentialHolder, 200);
    }

    String display() {
        return platform + " " + accountName;
    }

    boolean dormantOn(LocalDate day) {
        return lastActivityOn == null || lastActivityOn.plusDays(DORMANT_AFTER_DAYS).isBefore(day);
    }
}
