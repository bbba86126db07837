package jp.mamori.risk;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a tenant's scales or matrix, as a message key with its arguments for the settings page
 * (for example {@code risk.scale.gap} with the scale's name and the missing level). Immutable.
 */
public record ScaleProblem(String messageKey, List<Object> arguments) {

    public ScaleProblem {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    static ScaleProblem of(String key, Object... arguments) {
        return new ScaleProblem(key, List.of(arguments));
    }
}
