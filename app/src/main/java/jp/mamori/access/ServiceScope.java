package jp.mamori.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * A thing a machine may do with a service token (サービストークン), such as the mail gateway reporting its counts.
 * Scopes and a person's {@link Permission}s never stand in for each other: an endpoint takes one kind or the
 * other. Modules add their constants at the end.
 */
public enum ServiceScope {
    /** The mail gateway reports counts and events of the messages it sanitised. */
    GATEWAY_REPORT("gateway:report");

    private final String code;

    ServiceScope(String code) {
        this.code = code;
    }

    /** The name an operator types and the token's record keeps, for example {@code gateway:report}. */
    public String code() {
        return code;
    }

    public static Optional<ServiceScope> ofCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
    }
}
