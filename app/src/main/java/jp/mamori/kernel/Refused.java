package jp.mamori.kernel;

import java.util.Arrays;

/**
 * A request that a domain rule refuses, with a message the user can act on. Modules subclass it with a
 * fact name, such as {@code VacancyNotAllowed}. Shown as 422 with the localised message.
 */
public class Refused extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public Refused(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
