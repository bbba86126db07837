package jp.mamori.sanitizer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import jp.mamori.sanitizer.AttachmentHandling;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.MailLimits;
import jp.mamori.sanitizer.MailResult;
import jp.mamori.sanitizer.SanitizerPolicy;
import org.junit.jupiter.api.Test;

class MailLimitsTest {

    private static MailResult sanitise(MailLimits limits, String mail) {
        SanitizerPolicy policy = SanitizerPolicy.LGWAN_STRICT.withMailLimits(limits);
        return new MailSanitizer(policy, MailFixture.FAKE_DISARM).sanitise(mail.getBytes(StandardCharsets.UTF_8));
    }

    private static String nested(int depth) {
        StringBuilder mail = new StringBuilder("Subject: deep\r\nMIME-Version: 1.0\r\n");
        for (int i = 0; i < depth; i++) {
            mail.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b").append(i).append("\r\n");
        }
        mail.append("Content-Type: text/plain\r\n\r\nhi\r\n");
        for (int i = depth - 1; i >= 0; i--) {
            mail.append("--b").append(i).append("--\r\n");
        }
        return mail.toString();
    }

    @Test
    void nestingDeeperThanTheLimitIsBlocked() {
        assertThat(sanitise(MailLimits.strict(), nested(3)).isBlocked()).isFalse();
        MailResult deep = sanitise(MailLimits.strict(), nested(40));
        assertThat(deep.isBlocked()).isTrue();
        assertThat(deep.report().findings().get(0).kind()).isEqualTo(FindingKind.OVER_LIMIT);
    }

    @Test
    void tooManyPartsTooLongLinesAndTooLargeMailsAreBlocked() {
        StringBuilder many = new StringBuilder("Subject: many\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n");
        for (int i = 0; i < 20; i++) {
            many.append("--x\r\nContent-Type: text/plain\r\n\r\npart ").append(i).append("\r\n");
        }
        many.append("--x--\r\n");
        MailLimits limits = new MailLimits(10_000, 10, 10, 200, 500, 50);
        assertThat(sanitise(limits, many.toString()).report().blockReason()).contains("more than 10 parts");
        assertThat(sanitise(limits, "Subject: x\r\n\r\n" + "a".repeat(300) + "\r\n").report().blockReason())
                .contains("longer than 200");
        assertThat(sanitise(limits, "Subject: x\r\n\r\n" + "a\r\n".repeat(5_000)).report().blockReason())
                .contains("over the limit");
    }

    @Test
    void aMissingBoundaryParameterBlocksTheMail() {
        MailResult result = new MailSanitizer(SanitizerPolicy.LGWAN_STRICT.withAttachments(AttachmentHandling.REMOVE),
                MailFixture.FAKE_DISARM).sanitise("Content-Type: multipart/mixed\r\n\r\n--x\r\n\r\nhi\r\n--x--\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
        assertThat(result.report().blockReason()).contains("without a boundary");
    }

    @Test
    void aMailThatTakesLongerThanItsTimeBudgetIsBlocked() {
        MailSanitizer hurried = new MailSanitizer(SanitizerPolicy.LGWAN_STRICT, MailFixture.FAKE_DISARM,
                java.time.Duration.ofNanos(1));
        MailResult result = hurried.sanitise(MailFixture.corpus("gmail-html-active.eml"));
        assertThat(result.isBlocked()).isTrue();
        assertThat(result.report().findings().get(0).kind()).isEqualTo(FindingKind.PROCESSING_FAILURE);
        assertThat(result.report().blockReason()).contains("longer than");
    }
}
