package jp.mamori.gateway;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores what the gateway reports, each event once, and reads the daily counts back. */
@Service
class GatewayReports {
    enum Verdict { CLEAN, SANITISED, BLOCKED }

    /** One filtered mail for one tenant, as the gateway sends it. */
    record Event(String id, Instant at, LocalDate day, Verdict verdict, String reference, List<String> recipients,
            String senderDomain, String reason, String subject) {}

    private final JdbcClient jdbc;

    GatewayReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the events not stored before; returns how many were new. */
    @Transactional
    int accept(UUID tenantId, List<Event> events, Instant now) {
        int fresh = 0;
        for (Event e : events) {
            boolean seen = jdbc.sql("SELECT COUNT(*) FROM gateway_report_event WHERE tenant_id = ? AND event_id = ?")
                    .params(tenantId, e.id()).query(Long.class).single() > 0;
            if (seen) {
                continue;
            }
            jdbc.sql("INSERT INTO gateway_report_event (tenant_id, event_id, received_at) VALUES (?, ?, ?)")
                    .params(tenantId, e.id(), Timestamp.from(now)).update();
            int updated = jdbc.sql("UPDATE gateway_daily_count SET mails = mails + 1 WHERE tenant_id = ? AND report_day = ? AND verdict = ?")
                    .params(tenantId, e.day(), e.verdict().name()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO gateway_daily_count (tenant_id, report_day, verdict, mails) VALUES (?, ?, ?, 1)")
                        .params(tenantId, e.day(), e.verdict().name()).update();
            }
            if (e.verdict() != Verdict.CLEAN && e.reference() != null) {
                jdbc.sql("INSERT INTO gateway_held_mail (tenant_id, reference, received_at, verdict, sender_domain, subject,"
                                + " reason, recipients) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(tenantId, e.reference(), Timestamp.from(e.at()), e.verdict().name(),
                                cut(e.senderDomain(), 255, ""), cut(e.subject(), 300, null), cut(e.reason(), 500, null),
                                cut(String.join(",", e.recipients()), 4000, ""))
                        .update();
            }
            fresh++;
        }
        return fresh;
    }

    /** The tenant's counts of one day, by verdict (zero where none). */
    Map<Verdict, Long> counts(UUID tenantId, LocalDate day) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0L);
        }
        jdbc.sql("SELECT verdict, mails FROM gateway_daily_count WHERE tenant_id = ? AND report_day = ?").params(tenantId, day)
                .query((rs, n) -> Map.entry(Verdict.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static String cut(String s, int max, String fallback) {
        if (s == null) {
            return fallback;
        }
        return s.length() > max ? s.substring(0, max) : s;
    }
}
