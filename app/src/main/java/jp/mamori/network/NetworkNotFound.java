package jp.mamori.network;

import jp.mamori.kernel.NotFound;

/** No such segment, system, terminal group or flow in the user's tenant. */
class NetworkNotFound extends NotFound {
    NetworkNotFound(String what, Object id) {
        super(what + " " + id);
    }
}
