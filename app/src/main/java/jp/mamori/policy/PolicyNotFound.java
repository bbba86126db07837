package jp.mamori.policy;

import jp.mamori.kernel.NotFound;

/**
 * A document or revision that does not exist, belongs to another tenant, or that the reader may not read — the
 * three look the same, so that ids of 関係者限り documents cannot be probed. Shown as 404.
 */
class PolicyNotFound extends NotFound {

    PolicyNotFound(String what) {
        super(what);
    }
}
