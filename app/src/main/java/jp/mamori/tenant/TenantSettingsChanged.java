package jp.mamori.tenant;

import java.util.UUID;

/** Published when a tenant's settings change (for example MFA for all accounts switched on). */
public record TenantSettingsChanged(UUID tenantId, boolean mfaForAll) {
}
