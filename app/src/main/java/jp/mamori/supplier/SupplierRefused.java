package jp.mamori.supplier;

import jp.mamori.kernel.Refused;

/** A change to the supplier registers that a rule refuses; the message says why and what to do. */
public class SupplierRefused extends Refused {
    public SupplierRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
