package jp.mamori.asset;

import jp.mamori.kernel.Refused;

/** A change to an information asset that a rule refuses; the message says why and what to do. */
public class AssetRefused extends Refused {
    public AssetRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
