package jp.mamori.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ten single-use recovery codes for when the authenticator is lost: 120 random bits each (ASVS asks for
 * ≥ 112 to store them as plain SHA-256), shown once as {@code xxxx-xxxx-xxxx-xxxx-xxxx-xxxx}.
 */
final class RecoveryCodes {

    static final int COUNT = 10;

    private RecoveryCodes() {
    }

    static List<String> generate() {
        var codes = new ArrayList<String>();
        for (int i = 0; i < COUNT; i++) {
            var raw = Base32.encode(Secrets.randomBytes(15)).toLowerCase(Locale.ROOT);
            codes.add(String.join("-", raw.substring(0, 4), raw.substring(4, 8), raw.substring(8, 12),
                    raw.substring(12, 16), raw.substring(16, 20), raw.substring(20, 24)));
        }
        return List.copyOf(codes);
    }

    /** What is hashed: the code without separators, in lower case, so that typing style does not matter. */
    static byte[] hash(String code) {
        return Secrets.sha256(normalise(code));
    }

    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** Whether typed text looks like a recovery code rather than a six-digit TOTP code. */
    static boolean looksLikeOne(String typed) {
        return normalise(typed).length() == 24;
    }
}
