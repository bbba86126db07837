package jp.mamori.asset;

import jp.mamori.kernel.NotFound;

/** No such asset in the user's tenant and reach (the two look the same). */
public class AssetNotFound extends NotFound {
    public AssetNotFound(Object id) {
        super("information asset " + id);
    }
}
