package jp.mamori.policy;

import jp.mamori.kernel.EditConflict;

/** Someone else saved the document or revision after this user opened it. Shown as 409. */
class PolicyEditConflict extends EditConflict {

    PolicyEditConflict(String what) {
        super(what);
    }
}
