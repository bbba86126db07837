package jp.mamori.identity;

import java.util.Collection;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What a new password must be (ASVS 6.2): 12 to 128 characters (code points, so Japanese counts per
 * character), no composition rules, not on the list of guessable passwords, and not built from the
 * context — the tenant's names, the product's name, unit names — plus a few digits or symbols. The
 * password is used exactly as typed: never trimmed, truncated or case-folded. Thread-safe.
 */
@Component
class PasswordPolicy {

    static final int MINIMUM = 12;
    static final int MAXIMUM = 128;
    /** What must remain, in letters, when the context words are taken out. */
    static final int REST_AFTER_CONTEXT = 8;

    private final CommonPasswords common;

    PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** Empty when acceptable, else the message key of the reason. */
    Optional<String> refusal(String password, Collection<String> contextWords) {
        if (password == null) {
            return Optional.of("identity.password.tooShort");
        }
        var length = password.codePointCount(0, password.length());
        if (length < MINIMUM) {
            return Optional.of("identity.password.tooShort");
        }
        if (length > MAXIMUM) {
            return Optional.of("identity.password.tooLong");
        }
        if (common.check(password).isCompromised()) {
            return Optional.of("identity.password.common");
        }
        if (builtFromContext(password, contextWords)) {
            return Optional.of("identity.password.context");
        }
        return Optional.empty();
    }

    /** True when a context word is in it and, without the context words, little but digits and symbols is left. */
    static boolean builtFromContext(String password, Collection<String> contextWords) {
        var rest = CommonPasswords.normalise(password);
        var found = false;
        for (var word : contextWords) {
            if (word == null || word.isBlank()) {
                continue;
            }
            var normalised = CommonPasswords.normalise(word).replaceAll("\\s+", "");
            if (normalised.codePointCount(0, normalised.length()) < 2) {
                continue;
            }
            if (rest.contains(normalised)) {
                found = true;
                rest = rest.replace(normalised, "");
            }
        }
        if (!found) {
            return false;
        }
        var letters = rest.replaceAll("[^\\p{L}]", "");
        return letters.codePointCount(0, letters.length()) < REST_AFTER_CONTEXT;
    }
}
