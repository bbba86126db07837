package jp.mamori.kernel;

/**
 * A record that does not exist, or exists outside the user's tenant or reach (the two must look the
 * same, so that ids cannot be probed). Modules subclass it with a fact name, such as {@code UnitNotFound}.
 * Shown as 404.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
