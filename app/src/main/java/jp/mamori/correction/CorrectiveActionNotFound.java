package jp.mamori.correction;

import java.util.UUID;

import jp.mamori.kernel.NotFound;

/** No corrective action of that id in the tenant (404; another tenant's looks the same). */
public class CorrectiveActionNotFound extends NotFound {

    public CorrectiveActionNotFound(UUID id) {
        super("corrective action " + id);
    }
}
