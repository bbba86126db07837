package jp.mamori.kernel;

import java.util.function.BiFunction;

/**
 * The answer of a domain rule that can say no: allowed, or refused with a message key (and its arguments)
 * that the UI shows as it is. Shared by every module, so that rules read the same everywhere.
 */
public sealed interface Decision {

    Decision ALLOWED = new Allowed();

    record Allowed() implements Decision {
    }

    record Refusal(String messageKey, Object... arguments) implements Decision {
    }

    static Decision refuse(String messageKey, Object... arguments) {
        return new Refusal(messageKey, arguments);
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    /**
     * Throws the refusal as the module's own fact-named exception (a {@link Refused}, shown as 422), for
     * example {@code decision.orThrow(AssetRefused::new)}; returns normally when allowed.
     */
    default void orThrow(BiFunction<String, Object[], ? extends Refused> refused) {
        if (this instanceof Refusal refusal) {
            throw refused.apply(refusal.messageKey(), refusal.arguments());
        }
    }
}
