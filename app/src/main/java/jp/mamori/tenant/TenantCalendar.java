package jp.mamori.tenant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import jp.mamori.kernel.FiscalYear;
import jp.mamori.web.TenantZone;
import jp.mamori.web.Times;

import org.springframework.stereotype.Service;

/**
 * The one source of a tenant's business date and fiscal year: "today" is the day in the tenant's time zone on
 * the injected {@link Clock} (which is UTC), and the fiscal year starts in the tenant's configured month. Every
 * module asks here instead of calling {@code LocalDate.now()} or assuming Asia/Tokyo and April. Thread-safe.
 */
@Service
public class TenantCalendar implements TenantZone {

    /** The zone of every Japanese local government (the column's default), and of pages before sign-in. */
    public static final ZoneId DEFAULT_ZONE = Times.DEFAULT_ZONE;

    private final Tenants tenants;
    private final Clock clock;

    TenantCalendar(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The time zone a tenant's people read times in ({@code tenant.time_zone}); the default for no tenant. */
    @Override
    public ZoneId zone(UUID tenantId) {
        return tenantId == null ? DEFAULT_ZONE : tenants.timeZone(tenantId).orElse(DEFAULT_ZONE);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The tenant's business date now. */
    public LocalDate today(UUID tenantId) {
        return LocalDate.ofInstant(clock.instant(), zone(tenantId));
    }

    public ZonedDateTime local(UUID tenantId, Instant instant) {
        return instant.atZone(zone(tenantId));
    }

    /** The tenant's fiscal year that holds {@code date}. */
    public FiscalYear fiscalYear(UUID tenantId, LocalDate date) {
        return FiscalYear.containing(date, tenants.fiscalYearStartMonth(tenantId));
    }

    /** The tenant's fiscal year today. */
    public FiscalYear currentFiscalYear(UUID tenantId) {
        return fiscalYear(tenantId, today(tenantId));
    }

    /** The first instant of a business date in the tenant's zone (for "from" filters and due-date cut-offs). */
    public Instant startOf(UUID tenantId, LocalDate date) {
        return date.atStartOfDay(zone(tenantId)).toInstant();
    }
}
