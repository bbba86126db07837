package jp.mamori.importing;

/**
 * The upload to confirm is not waiting (any more) for this account in this tenant: it expired, was confirmed
 * already, or was never there. Nothing was written.
 */
public final class UploadExpired extends RuntimeException {
    public UploadExpired() {
        super("import upload expired");
    }
}
