package jp.mamori.inspection;

import jp.mamori.kernel.Refused;

/** A self-inspection step that a rule refuses; the message says why. */
class InspectionRefused extends Refused {
    InspectionRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
