package jp.mamori.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import jp.mamori.access.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one way pages show a moment: in the signed-in person's tenant zone (Asia/Tokyo before anyone signs in),
 * whatever zone the value was read from the database in. Available in templates as {@code @times}; every page
 * that shows a time also shows {@code fragments/times :: zone} once, which names the zone. Thread-safe; the zone
 * is looked up once per request.
 */
@Component("times")
public class Times {

    /** The zone of pages shown before anyone has signed in: every Japanese local government's. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");

    private static final String ZONE_ATTRIBUTE = Times.class.getName() + ".zone";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final TenantZone zones;

    Times(TenantZone zones) {
        this.zones = zones;
    }

    /** The zone this request's times are shown in. */
    public ZoneId zone() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ZONE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId z) {
            return z;
        }
        var zone = CurrentUser.get().map(user -> zones.zone(user.tenantId())).orElse(DEFAULT_ZONE);
        if (request != null) {
            request.setAttribute(ZONE_ATTRIBUTE, zone, RequestAttributes.SCOPE_REQUEST);
        }
        return zone;
    }

    /** The zone's name in the reader's language, for example 「日本時間」 or "Japan Time". */
    public String zoneName(Locale locale) {
        return zone().getDisplayName(TextStyle.FULL, locale);
    }

    /** 「2026-04-01 05:00」; empty for null. */
    public String minutes(TemporalAccessor moment) {
        return format(moment, MINUTES);
    }

    /** 「05:00」, the time of day; empty for null. */
    public String timeOfDay(TemporalAccessor moment) {
        return format(moment, HOURS);
    }

    /** 「2026-04-01 05:00:00」; empty for null. */
    public String seconds(TemporalAccessor moment) {
        return format(moment, SECONDS);
    }

    /** The business date a moment falls on in the zone; null for null. */
    public LocalDate date(TemporalAccessor moment) {
        return moment == null ? null : instant(moment).atZone(zone()).toLocalDate();
    }

    private String format(TemporalAccessor moment, DateTimeFormatter formatter) {
        return moment == null ? "" : formatter.format(instant(moment).atZone(zone()));
    }

    /** Instants, and date-times with an offset or zone (as JDBC drivers return TIMESTAMP WITH TIME ZONE). */
    private static Instant instant(TemporalAccessor moment) {
        if (moment instanceof Instant i) {
            return i;
        }
        if (moment instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (moment instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        // A LocalDateTime has lost its zone: showing it as if it were the tenant's would be a silent error.
        throw new IllegalArgumentException("not a moment on the time line: " + moment.getClass().getName());
    }
}
