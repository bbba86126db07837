package jp.mamori.sanitizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SanitizerTest {

    private static final byte[] MAIL = "From: a@example.jp\r\nSubject: hi\r\n\r\nplain text\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPlainMailIsRebuiltAndClean() {
        try (Sanitizer sanitizer = Sanitizer.create()) {
            MailResult result = sanitizer.sanitiseMail(MAIL);
            assertThat(result.report().verdict()).isEqualTo(Verdict.CLEAN);
            assertThat(new String(result.message(), StandardCharsets.US_ASCII))
                    .contains("X-Mamori-Sanitized: verdict=clean; policy=lgwan-strict").contains("Subject: hi");
        }
    }

    @Test
    void aStreamOverTheSizeLimitIsBlockedWithoutReadingItAll() throws Exception {
        SanitizerPolicy small = SanitizerPolicy.LGWAN_STRICT.withMailLimits(new MailLimits(20, 10, 10, 1000, 1000, 10));
        try (Sanitizer sanitizer = Sanitizer.create(small)) {
            ByteArrayInputStream in = new ByteArrayInputStream(MAIL);
            MailResult result = sanitizer.sanitiseMail(in);
            assertThat(result.isBlocked()).isTrue();
            assertThat(result.report().findings().get(0).kind()).isEqualTo(FindingKind.OVER_LIMIT);
            assertThat(in.available()).isPositive();
        }
    }

    @Test
    void aClosedSanitizerRefusesWork() {
        Sanitizer sanitizer = Sanitizer.create();
        sanitizer.close();
        assertThatThrownBy(() -> sanitizer.sanitiseMail(MAIL)).isInstanceOf(IllegalStateException.class);
    }
}
