package jp.mamori.audit;

import jp.mamori.kernel.Refused;

/** An audit step that a rule refuses; the message names the rule. */
class AuditRefused extends Refused {
    AuditRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
