package jp.mamori.risk;

import jp.mamori.kernel.NotFound;

/** No risk with this id in the tenant. */
class RiskNotFound extends NotFound {

    RiskNotFound(java.util.UUID id) {
        super("risk " + id);
    }
}
