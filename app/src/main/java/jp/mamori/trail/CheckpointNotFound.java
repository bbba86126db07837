package jp.mamori.trail;

import jp.mamori.kernel.NotFound;

/** No checkpoint (or public key) has been made yet. */
class CheckpointNotFound extends NotFound {
    CheckpointNotFound(String what) {
        super(what);
    }
}
