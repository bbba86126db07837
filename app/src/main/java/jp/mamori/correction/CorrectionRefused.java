package jp.mamori.correction;

import jp.mamori.kernel.Refused;

/** A step on a corrective action that its rules refuse (422, with the reason). */
public class CorrectionRefused extends Refused {

    public CorrectionRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
