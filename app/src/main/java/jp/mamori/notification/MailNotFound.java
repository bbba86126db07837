package jp.mamori.notification;

import jp.mamori.kernel.NotFound;

/** No such mail in the user's tenant (another tenant's mail looks the same). */
class MailNotFound extends NotFound {
    MailNotFound(Object id) {
        super("outgoing mail " + id);
    }
}
