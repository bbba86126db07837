package jp.mamori.asset;

/** The answer of a rule that can say no: allowed, or refused with a message key and its arguments. */
sealed interface Decision {

    Allowed ALLOWED = new Allowed();

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

    /** Throws the refusal as a 422 for the web layer; returns normally when allowed. */
    default void orThrow() {
        if (this instanceof Refusal refusal) {
            throw new AssetRefused(refusal.messageKey(), refusal.arguments());
        }
    }
}
