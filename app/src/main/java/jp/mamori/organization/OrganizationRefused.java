package jp.mamori.organization;

import jp.mamori.kernel.Refused;

/** A change to the organisation that a rule refused; shown as 422 with the rule's message. */
class OrganizationRefused extends Refused {
    OrganizationRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
