package jp.mamori.risk;

import jp.mamori.kernel.EditConflict;

/** Someone else changed the risk or the scales since they were read. */
class RiskConflict extends EditConflict {

    RiskConflict(String what) {
        super(what);
    }
}
