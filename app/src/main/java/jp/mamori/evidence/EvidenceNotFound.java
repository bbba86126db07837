package jp.mamori.evidence;

import java.util.UUID;

import jp.mamori.kernel.NotFound;

/** No evidence of that id in the tenant (404; another tenant's or another module's evidence looks the same). */
public class EvidenceNotFound extends NotFound {

    public EvidenceNotFound(UUID id) {
        super("evidence " + id);
    }
}
