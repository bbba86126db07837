package jp.mamori.catalog;

import jp.mamori.kernel.Refused;

/** A change to the statement of applicability or its evidence that a rule refuses (422, with the reason). */
public class CatalogRefused extends Refused {

    public CatalogRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
