package jp.mamori.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;

import jp.mamori.access.Actor;
import jp.mamori.trail.Trail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due mails of the outbox, one at a time, on every app node. A row is claimed with a conditional UPDATE
 * on its version, so two nodes never send it at the same time; a node that dies mid-delivery leaves the row
 * SENDING until its claim runs out, after which any node resends it with the same Message-ID (at least once,
 * never silently lost). A failure waits {@code retry-base × 2^(attempts-1)} (at most an hour) and the row becomes
 * FAILED after {@code max-attempts}, with the last error kept and a trail entry.
 *
 * <p>Shutdown: {@link #stop()} runs before the scheduler is shut down; the delivery loop then claims nothing
 * more, and {@code stop()} waits for the mail in flight.
 */
@Component
class MailDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    static final int BATCH = 20;
    private static final Duration STOP_WAIT = Duration.ofSeconds(25);

    private final OutboxRows rows;
    private final JavaMailSender sender;
    private final TransactionTemplate transactions;
    private final Trail trail;
    private final Clock clock;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final int maxAttempts;
    private final Duration retryBase;
    private final Duration claimTimeout;
    private final String node;
    private final java.util.List<SealedLink> sealedLinks;
    /** Held for one delivery round; {@link #stop()} takes it to wait for the mail in flight. */
    private final ReentrantLock round = new ReentrantLock();
    private volatile boolean running;

    MailDelivery(OutboxRows rows, JavaMailSender sender, TransactionTemplate transactions, Trail trail, Clock clock,
            @Value("${mamori.mail.from}") String from,
            @Value("${mamori.mail.max-attempts:8}") int maxAttempts,
            @Value("${mamori.mail.retry-base:30s}") Duration retryBase,
            @Value("${mamori.mail.claim-timeout:2m}") Duration claimTimeout, java.util.List<SealedLink> sealedLinks) {
        this.rows = rows;
        this.sender = sender;
        this.transactions = transactions;
        this.trail = trail;
        this.clock = clock;
        try {
            this.from = new InternetAddress(from, true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException("mamori.mail.from is not a valid address: " + from, e);
        }
        var address = this.from.getAddress();
        this.messageIdDomain = address.substring(address.indexOf('@') + 1);
        this.maxAttempts = maxAttempts;
        this.retryBase = retryBase;
        this.claimTimeout = claimTimeout;
        this.node = nodeName();
        this.sealedLinks = java.util.List.copyOf(sealedLinks);
    }

    @Scheduled(initialDelayString = "${mamori.mail.poll-interval:5s}", fixedDelayString = "${mamori.mail.poll-interval:5s}")
    void poll() {
        if (!round.tryLock()) {
            return;
        }
        try {
            deliverBacklog();
        } finally {
            round.unlock();
        }
    }

    private void deliverBacklog() {
        // A batch that went out whole means more may be due: carry on instead of waiting a whole interval, so that
        // a campaign's 2,000 reminders do not trickle out at one batch per interval. A failure ends the round.
        var sent = BATCH;
        while (running && sent == BATCH) {
            sent = deliverDue();
        }
    }

    /** Delivers what is due now; returns how many mails this node sent. */
    int deliverDue() {
        var sent = 0;
        for (var due : rows.due(clock.instant(), BATCH)) {
            if (!running) {
                break; // shutting down: what is not claimed stays claimable by the next node or start
            }
            var now = clock.instant();
            if (rows.claim(due, node, now, now.plus(claimTimeout))) {
                sent += deliver(due.id()) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean deliver(UUID id) {
        var mail = rows.claimed(id, node).orElse(null);
        if (mail == null) {
            return false;
        }
        var body = unsealed(mail);
        if (body == null) {
            transactions.executeWithoutResult(status -> {
                if (rows.failed(mail.id(), node, "the link of this mail is no longer open", null)) {
                    Actor.system("mail-delivery").runAs(() -> trail.record(mail.tenantId(), "notification.mail.failed",
                            "OutgoingMail", mail.id().toString(), mail.recipient()
                                    + " 宛てのメールを送信せず: リンクがもう有効でない"));
                }
            });
            return false;
        }
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(new InternetAddress(mail.recipient(), true));
            helper.setSubject(mail.subject());
            helper.setText(body, false);
            message.setHeader("Auto-Submitted", "auto-generated");
            // JavaMailSenderImpl keeps a Message-ID set before sending: a resend carries the same one.
            message.setHeader("Message-ID", messageId(mail.id()));
            sender.send(message);
        } catch (MailException | MessagingException e) {
            failed(mail, e);
            return false;
        }
        if (!rows.sent(mail.id(), node, clock.instant())) {
            log.warn("Mail {} was delivered after this node's claim ran out; it may be delivered twice", mail.id());
        }
        return true;
    }

    /** The body to send: a sealed link is issued now, never earlier; null when its owner says it is closed. */
    private String unsealed(OutboxRows.Mail mail) {
        var owner = sealedLinks.stream().filter(s -> mail.deduplicationKey().startsWith(s.keyPrefix())).findFirst();
        if (owner.isEmpty() || !mail.body().contains(SealedLink.PLACEHOLDER)) {
            return mail.body();
        }
        return owner.get().issue(mail.tenantId(), mail.deduplicationKey())
                .map(link -> mail.body().replace(SealedLink.PLACEHOLDER, link)).orElse(null);
    }

    private void failed(OutboxRows.Mail mail, Exception e) {
        var error = describe(e);
        var last = mail.attempts() >= maxAttempts;
        var next = last ? null : clock.instant().plus(backoff(mail.attempts()));
        log.info("Mail {} attempt {} failed: {}", mail.id(), mail.attempts(), error);
        transactions.executeWithoutResult(status -> {
            if (rows.failed(mail.id(), node, error, next) && last) {
                Actor.system("mail-delivery").runAs(() -> trail.record(mail.tenantId(), "notification.mail.failed",
                        "OutgoingMail", mail.id().toString(), mail.recipient() + " 宛てのメールが試行 "
                                + mail.attempts() + " 回で失敗: " + error));
            }
        });
    }

    Duration backoff(int attempts) {
        var factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        var wait = retryBase.multipliedBy(factor);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** {@code <id@domain>}: the same for every attempt, so that a receiver can drop a resend. */
    String messageId(UUID id) {
        return "<" + id + "@" + messageIdDomain + ">";
    }

    /**
     * What went wrong, for the admin page: the innermost cause's type and message, one line, bounded. SMTP and
     * socket errors carry no credentials (the password is never part of a Jakarta Mail message).
     */
    static String describe(Exception e) {
        var cause = NestedExceptionUtils.getMostSpecificCause(e);
        var text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        text = text.replaceAll("[\\r\\n\\t\\x00]+", " ").strip();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown";
        }
        var name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Claims nothing more and waits (at most {@link #STOP_WAIT}) for the mail in flight, so that SIGTERM does not cut
     * a delivery off. The scheduler itself does not wait on shutdown: it would also wait for the next planned run
     * of every cron job.
     */
    @Override
    public void stop() {
        running = false;
        try {
            if (round.tryLock(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                round.unlock();
            } else {
                log.warn("A mail was still being delivered at shutdown; it stays claimed and is resent after the claim runs out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
