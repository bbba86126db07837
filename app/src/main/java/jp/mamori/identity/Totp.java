package jp.mamori.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them (HOTP of RFC 4226 over 30-second steps), written
 * over {@link Mac} so that nothing beyond the JDK is trusted. Production: HMAC-SHA1, 6 digits, 30 s, one
 * step either side. Only the server's clock counts. Stateless and thread-safe; replay protection (a step
 * accepted once is refused afterwards) is the caller's, with the returned step.
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    static final int WINDOW = 1;
    static final int SECRET_BYTES = 20; // 160 bits, RFC 4226's recommendation

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one time-step, zero-padded; {@code algorithm} is a JCE name such as {@code HmacSHA1}. */
    static String code(byte[] secret, long step, int digits, String algorithm) {
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, "RAW"));
            var hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            var offset = hash[hash.length - 1] & 0x0f;
            var binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            var otp = binary % POWERS[digits];
            return String.format("%0" + digits + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC not available: " + algorithm, e);
        }
    }

    static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, "HmacSHA1");
    }

    /**
     * The time-step the code belongs to, within one step of now and later than {@code lastAcceptedStep};
     * empty when the code is wrong, too old, or already used.
     */
    static OptionalLong verify(byte[] secret, String code, Instant now, long lastAcceptedStep) {
        if (code == null) {
            return OptionalLong.empty();
        }
        var typed = code.replaceAll("[\\s-]", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        var current = step(now);
        var found = OptionalLong.empty();
        // Check every step in the window (constant work) and keep the match.
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            var expected = code(secret, step);
            if (MessageDigest.isEqual(expected.getBytes(), typed.getBytes()) && step > lastAcceptedStep) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
