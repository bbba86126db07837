package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 Appendix B test vectors, the ±1 step window, and refusal of a step already used. */
class TotpTests {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfc6238Vectors(long seconds, String sha1, String sha256, String sha512) {
        var step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void acceptsTheCurrentAndNeighbouringStepsOnly() {
        var now = Instant.ofEpochSecond(1_700_000_000L);
        var step = Totp.step(now);
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step), now, 0)).hasValue(step);
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, 0)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now, 0)).isEmpty();
    }

    @Test
    void refusesACodeOfAStepAlreadyUsedOrEarlier() {
        var now = Instant.ofEpochSecond(1_700_000_000L);
        var step = Totp.step(now);
        var code = Totp.code(SHA1_SEED, step);
        assertThat(Totp.verify(SHA1_SEED, code, now, step)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, step)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, code, now, step - 1)).hasValue(step);
    }

    @Test
    void refusesMalformedCodes() {
        var now = Instant.ofEpochSecond(1_700_000_000L);
        assertThat(Totp.verify(SHA1_SEED, null, now, 0)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "12345", now, 0)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "abcdef", now, 0)).isEmpty();
    }

    @Test
    void secretsAre160BitsAndEncodeAsBase32() {
        assertThat(Totp.SECRET_BYTES * 8).isEqualTo(160);
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode(Secrets.randomBytes(20))).hasSize(32).matches("[A-Z2-7]+");
    }

    @Test
    void drawsTheEnrolmentQrCodeAsSvg() {
        var svg = QrSvg.svg("otpauth://totp/Mamori:yamada?secret=JBSWY3DPEHPK3PXP&issuer=Mamori");
        assertThat(svg).startsWith("<svg").contains("<path d=\"M").doesNotContain("<script");
        assertThat(QrSvg.dataUri("x")).startsWith("data:image/svg+xml;base64,");
    }

    @Test
    void sessionIdsAre256RandomBitsInBase64url() {
        var ids = new java.util.HashSet<String>();
        var generator = SessionConfiguration.randomIds();
        for (int i = 0; i < 10_000; i++) {
            var id = generator.generate();
            assertThat(id).hasSize(43).matches("[A-Za-z0-9_-]{43}");
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void recoveryCodesCarryAtLeast112BitsAndNormalise() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(codes.get(0)).matches("([a-z2-7]{4}-){5}[a-z2-7]{4}");
        assertThat(24 * 5).isGreaterThanOrEqualTo(112);
        assertThat(RecoveryCodes.hash(codes.get(0).toUpperCase().replace("-", " ")))
                .isEqualTo(RecoveryCodes.hash(codes.get(0)));
        assertThat(RecoveryCodes.looksLikeOne(codes.get(0))).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    }
}
