package jp.mamori.acknowledgement;

import jp.mamori.kernel.Refused;

/** A campaign change or a confirmation that a rule refuses; the message says why. */
class AcknowledgementRefused extends Refused {
    AcknowledgementRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
