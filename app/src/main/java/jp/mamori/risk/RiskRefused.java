package jp.mamori.risk;

import jp.mamori.kernel.Refused;

/** A change of a risk or of the scales that a rule of this module refuses; the message names the rule. */
public class RiskRefused extends Refused {

    public RiskRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
