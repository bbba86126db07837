package jp.mamori.notification;

import jp.mamori.kernel.Refused;

/** A mail the outbox will not accept or an action on it that is refused; the message says why. */
public class MailRefused extends Refused {
    public MailRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
