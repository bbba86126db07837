package jp.mamori.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.mamori.sanitizer.MailResult;
import jp.mamori.sanitizer.Sanitizer;
import jp.mamori.sanitizer.SanitizerPolicy;
import jp.mamori.sanitizer.Verdict;

/**
 * One mail through the gateway: key it, split its recipients by tenant, and for each tenant group that is
 * not yet in the ledger: sanitise with the tenant's preset, hold the original (sanitised or blocked),
 * re-inject what the policy says, write the ledger. Only when every group is done does the caller answer
 * 250 to Postfix; any failure before is a 4xx, so Postfix keeps the mail and offers it again.
 */
final class MailFilter implements AutoCloseable {

    /** A failure worth a retry (4xx to Postfix: the mail stays in its queue). */
    static final class Temporary extends Exception {
        Temporary(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A failure no retry can mend (5xx: Postfix bounces the mail to its sender). */
    static final class Permanent extends Exception {
        Permanent(String message) {
            super(message);
        }
    }

    private final GatewayConfig config;
    private final HoldStore hold;
    private final Ledger ledger;
    private final Reinjector reinjector;
    private final Notices notices;
    private final GatewayMetrics metrics;
    private final Reports reports;
    private final Clock clock;
    private final Map<SanitizerPolicy, Sanitizer> engines = new ConcurrentHashMap<>();

    MailFilter(GatewayConfig config, HoldStore hold, Ledger ledger, Reinjector reinjector, GatewayMetrics metrics,
            Reports reports, Clock clock) {
        this.config = config;
        this.hold = hold;
        this.ledger = ledger;
        this.reinjector = reinjector;
        this.notices = new Notices(config.noticeFrom(), config.hostName());
        this.metrics = metrics;
        this.reports = reports;
        this.clock = clock;
    }

    /** The stable key of a mail: SHA-256 of its envelope and its bytes, the same on every retry. */
    static String stableKey(Envelope envelope, byte[] raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(envelope.sender().getBytes(StandardCharsets.UTF_8));
            for (String r : envelope.recipients()) {
                sha.update((byte) 0);
                sha.update(r.getBytes(StandardCharsets.UTF_8));
            }
            sha.update(new byte[] {0, 0});
            sha.update(raw);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Filters one mail; returns the text of the 250 answer. */
    String filter(Envelope envelope, byte[] raw) throws Temporary, Permanent {
        long started = System.nanoTime();
        String key = stableKey(envelope, raw);
        Map<TenantPolicy, List<String>> groups = new LinkedHashMap<>();
        for (String r : envelope.recipients()) {
            groups.computeIfAbsent(config.tenantOf(r), t -> new ArrayList<>()).add(r);
        }
        for (TenantPolicy tenant : groups.keySet()) {
            metrics.count("accepted", tenant.code());
        }
        Faults.at("received");
        List<String> refs = new ArrayList<>();
        for (Map.Entry<TenantPolicy, List<String>> group : groups.entrySet()) {
            TenantPolicy tenant = group.getKey();
            Envelope part = envelope.to(group.getValue());
            String entry = key + "-" + tenant.code().replaceAll("[^A-Za-z0-9_]", "_");
            if (ledger.delivered(entry)) {
                metrics.count("duplicate", tenant.code());
                Log.info("duplicate-skipped", "key", key.substring(0, 16), "tenant", tenant.code());
                continue;
            }
            refs.add(one(tenant, part, raw, key, entry));
        }
        metrics.time("filter", Duration.ofNanos(System.nanoTime() - started));
        return "2.0.0 Ok: filtered " + key.substring(0, 16) + (refs.isEmpty() ? "" : " " + String.join(",", refs));
    }

    private String one(TenantPolicy tenant, Envelope part, byte[] raw, String key, String entry)
            throws Temporary, Permanent {
        long t0 = System.nanoTime();
        MailResult result;
        try {
            result = engine(tenant.preset()).sanitiseMail(raw);
        } catch (RuntimeException e) {
            throw new Temporary("the engine failed (" + e.getClass().getSimpleName() + ")", e);
        }
        metrics.time("sanitise", Duration.ofNanos(System.nanoTime() - t0));
        Faults.at("sanitised");
        Verdict verdict = result.report().verdict();
        metrics.count(verdict.name().toLowerCase(java.util.Locale.ROOT), tenant.code());
        Instant now = clock.instant();
        String reference = "-";
        List<Outgoing> out = new ArrayList<>();
        try {
            if (verdict != Verdict.CLEAN) {
                reference = hold.referenceFor(key, tenant.code());
                hold.put(new HoldStore.Held(reference, tenant.code(), part, now, now.plus(config.holdRetention()),
                        verdict.name(), result.report().blockReason(), raw));
                metrics.count("held", tenant.code());
            }
            switch (verdict) {
                case CLEAN -> out.add(new Outgoing(part, result.message()));
                case SANITISED -> out.add(new Outgoing(part, notices.withHoldReference(result.message(), reference)));
                case BLOCKED -> {
                    String reason = result.report().blockReason();
                    switch (tenant.blocked()) {
                        case NOTICE -> out.add(new Outgoing(new Envelope("", part.recipients()),
                                notices.blockedNotice(part, Notices.subjectOf(raw), reason, reference, now)));
                        case SENDER -> {
                            if (!part.sender().isEmpty() && !part.sender().toLowerCase().startsWith("mailer-daemon@")) {
                                out.add(new Outgoing(new Envelope("", List.of(part.sender())),
                                        notices.senderReport(part, reason, reference, now)));
                            }
                        }
                        case NONE -> { }
                    }
                }
            }
        } catch (IOException e) {
            throw new Temporary("cannot hold the original: " + e.getMessage(), e);
        }
        StringBuilder replies = new StringBuilder();
        for (Outgoing o : out) {
            long r0 = System.nanoTime();
            try {
                replies.append(reinjector.inject(o.envelope(), o.bytes())).append(' ');
            } catch (IOException e) {
                metrics.count("deferred", tenant.code());
                throw new Temporary(e.getMessage(), e);
            } catch (Reinjector.Refused e) {
                metrics.count(e.permanent ? "rejected" : "deferred", tenant.code());
                if (e.permanent) {
                    throw new Permanent(e.getMessage());
                }
                throw new Temporary(e.getMessage(), e);
            }
            metrics.time("reinject", Duration.ofNanos(System.nanoTime() - r0));
        }
        // reported before the ledger entry, under the mail's stable id: a crash between the two reports it again
        // under the same id, which the app counts once; after the entry, a retry is a duplicate and reports nothing
        reports.record(entry, tenant.code(), now, verdict, reference, part, verdict == Verdict.BLOCKED
                ? result.report().blockReason() : null, verdict == Verdict.BLOCKED ? Notices.subjectOf(raw) : null);
        try {
            ledger.markDelivered(entry, now);
        } catch (IOException e) {
            // delivered, but the ledger could not say so: answer 250 anyway (a 4xx would deliver it twice)
            Log.warn("ledger-write-failed", "key", key.substring(0, 16), "error", e.getMessage());
        }
        metrics.count("delivered", tenant.code());
        Faults.at("reinjected");
        Log.info("filtered", "key", key.substring(0, 16), "tenant", tenant.code(), "verdict", verdict.name(),
                "reference", reference, "recipients", part.recipients().size(),
                "senderDomain", Envelope.domainOf(part.sender()), "bytes", raw.length,
                "queued", replies.toString().trim());
        return reference;
    }

    private Sanitizer engine(SanitizerPolicy preset) {
        return engines.computeIfAbsent(preset.withMailLimits(new jp.mamori.sanitizer.MailLimits(
                config.maxMessageBytes(), preset.mail().maxDepth(), preset.mail().maxParts(),
                preset.mail().maxLineLength(), preset.mail().maxHeaderLength(), preset.mail().maxHeaderCount())),
                Sanitizer::create);
    }

    private record Outgoing(Envelope envelope, byte[] bytes) {}

    @Override
    public void close() {
        engines.values().forEach(Sanitizer::close);
    }
}
