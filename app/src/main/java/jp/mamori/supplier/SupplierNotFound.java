package jp.mamori.supplier;

import jp.mamori.kernel.NotFound;

/** A contractor, contract, check, cloud service or account that is not the tenant's, or not within reach. */
public class SupplierNotFound extends NotFound {
    public SupplierNotFound(String what) {
        super(what);
    }
}
