package jp.mamori.incident;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;

import jp.mamori.kernel.FiscalYear;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.stereotype.Component;

/**
 * The yearly figures the CISO reports to the committee: incidents reported in a fiscal year of the tenant, by
 * severity and by kind, how many were closed, and the mean time from the report to containment and to close, in
 * days (only incidents that reached that point count towards the mean).
 */
@Component
class IncidentStatistics {

    /** The figures of one year; a mean is empty when no incident reached that point. */
    record Year(FiscalYear year, int reported, int closed, int personalData, int lostDevice, int malice,
            Map<String, Integer> bySeverity, OptionalDouble daysToContainment, OptionalDouble daysToClose) {
    }

    private final IncidentRows rows;
    private final TenantCalendar calendar;

    IncidentStatistics(IncidentRows rows, TenantCalendar calendar) {
        this.rows = rows;
        this.calendar = calendar;
    }

    Year of(UUID tenantId, FiscalYear year) {
        var counted = rows.reportedBetween(tenantId, calendar.startOf(tenantId, year.firstDay()),
                calendar.startOf(tenantId, year.next().firstDay()));
        var bySeverity = new TreeMap<String, Integer>();
        counted.forEach(c -> bySeverity.merge(c.severity() == null ? "" : c.severity(), 1, Integer::sum));
        return new Year(year, counted.size(),
                (int) counted.stream().filter(c -> c.state() == IncidentState.CLOSED).count(),
                (int) counted.stream().filter(IncidentRows.Counted::personalData).count(),
                (int) counted.stream().filter(IncidentRows.Counted::lostDevice).count(),
                (int) counted.stream().filter(IncidentRows.Counted::maliceSuspected).count(),
                java.util.Collections.unmodifiableMap(bySeverity), meanDays(counted, true), meanDays(counted, false));
    }

    private static OptionalDouble meanDays(List<IncidentRows.Counted> counted, boolean containment) {
        return counted.stream()
                .filter(c -> (containment ? c.containedAt() : c.closedAt()) != null)
                .mapToDouble(c -> Duration.between(c.reportedAt(), containment ? c.containedAt() : c.closedAt())
                        .toMinutes() / (60.0 * 24))
                .average();
    }
}
