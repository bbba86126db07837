package jp.mamori.sanitizer.mail;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.MailResult;
import jp.mamori.sanitizer.Report;
import jp.mamori.sanitizer.SanitizerPolicy;
import jp.mamori.sanitizer.Verdict;

/**
 * Mail text conversion (メール無害化): turns one received mail into a brand-new, text-only mail.
 *
 * <p>Steps: parse under the policy's {@link jp.mamori.sanitizer.MailLimits} (ambiguity and limits reject
 * the mail); keep only the safe headers, decoded; collect the readable text (HTML converted) into one
 * UTF-8 plain-text body with every link defanged; apply the attachment policy; put a Japanese notice of
 * every change at the top; write the new mail with an {@code X-Mamori-Sanitized} header.
 *
 * <p>Thread-safe and stateless apart from its immutable policy. Never throws for any input: anything that
 * fails, for whatever reason, is a blocked result with the reason (fail closed).
 */
public final class MailSanitizer {

    static final String MARKER_HEADER = "X-Mamori-Sanitized";

    /** Wall-clock budget for one mail's text conversion; attachments' disarming has its own limits. */
    static final Duration TIME_BUDGET = Duration.ofSeconds(30);

    private final SanitizerPolicy policy;
    private final AttachmentPolicy attachments;
    private final AttachmentDisarm disarm;
    private final Duration budget;

    public MailSanitizer(SanitizerPolicy policy, AttachmentDisarm disarm) {
        this(policy, disarm, TIME_BUDGET);
    }

    MailSanitizer(SanitizerPolicy policy, AttachmentDisarm disarm, Duration budget) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.disarm = Objects.requireNonNull(disarm, "disarm");
        this.attachments = new AttachmentPolicy(policy.attachments(), disarm);
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    public MailResult sanitise(byte[] mail) {
        try {
            return sanitiseOrReject(Objects.requireNonNull(mail, "mail"));
        } catch (MailRejected r) {
            return blocked(r.kind, r.location, r.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return blocked(FindingKind.PROCESSING_FAILURE, "message",
                    "internal failure while sanitising (" + e.getClass().getSimpleName() + ")");
        }
    }

    private MailResult sanitiseOrReject(byte[] mail) {
        Deadline deadline = new Deadline(budget);
        Entity root = MimeReader.read(mail, policy.mail(), deadline);
        Changes changes = new Changes();
        SafeHeaders headers = SafeHeaders.of(root, "message", changes.findings);
        ContentWalk walk = new ContentWalk(changes, policy.mail().maxParts(), deadline, disarm);
        walk.walk(root);
        deadline.check("message");
        AttachmentPolicy.Outcome outcome = attachments.apply(walk.attachments, changes);
        Defang.Result body = Defang.text(walk.body.toString());
        if (body.links() > 0) {
            changes.add("message", FindingKind.EXTERNAL_LINK, Action.CONVERTED,
                    body.links() + " link(s) shown as text that cannot be clicked",
                    "本文中のリンク " + body.links() + " 件を、クリックできない形（例: hxxps://example[.]jp）に変えました。");
        }
        Report report = Report.passed("message/rfc822", changes.findings);
        String notice = Defang.text(Notice.text(report.verdict(), policy.name(), changes.notice)).text();
        String text = notice + (body.text().isBlank() ? "（本文はありません）" : body.text()) + "\n";
        byte[] out = MessageWriter.write(headers, marker(report.verdict()), text.replace("\n", "\r\n"),
                outcome.parts());
        return new MailResult(out, report, outcome.held());
    }

    private String marker(Verdict verdict) {
        String name = policy.name().replaceAll("[^A-Za-z0-9._-]", "_");
        return "verdict=" + verdict.name().toLowerCase(Locale.ROOT) + "; policy=" + name;
    }

    private static MailResult blocked(FindingKind kind, String location, String reason) {
        Finding finding = new Finding(location, kind, Action.BLOCKED, reason);
        return MailResult.blocked(Report.blocked("message/rfc822", List.of(finding), reason));
    }
}
