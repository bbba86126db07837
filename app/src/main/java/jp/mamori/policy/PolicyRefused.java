package jp.mamori.policy;

import jp.mamori.kernel.Refused;

/** A policy rule said no (for example a public 実施手順, or an author approving their own revision). Shown as 422. */
class PolicyRefused extends Refused {

    PolicyRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
