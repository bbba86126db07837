package jp.mamori.catalog;

import jp.mamori.kernel.NotFound;

/** No measure of that id in the catalogue (404). */
public class MeasureNotFound extends NotFound {

    public MeasureNotFound(String id) {
        super("measure " + id);
    }
}
