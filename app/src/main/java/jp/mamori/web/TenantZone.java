package jp.mamori.web;

import java.time.ZoneId;
import java.util.UUID;

/**
 * Where the UI shell learns the zone a tenant's people read times in. The tenant module answers it
 * ({@code TenantCalendar}); the interface lives here because the tenant module already depends on {@code web}.
 * Implementations are thread-safe and never return null.
 */
public interface TenantZone {

    ZoneId zone(UUID tenantId);
}
