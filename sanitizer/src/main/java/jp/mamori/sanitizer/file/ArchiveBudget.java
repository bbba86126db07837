package jp.mamori.sanitizer.file;

/**
 * What is left of the archive limits for one top-level file, shared by all nested archives inside it, so
 * that a bomb cannot spread its expansion over many small layers. Confined to one sanitise call (one thread).
 */
final class ArchiveBudget {
    private int entriesLeft;
    private long bytesLeft;

    ArchiveBudget(int entries, long bytes) {
        this.entriesLeft = entries;
        this.bytesLeft = bytes;
    }

    /** False when one more entry would exceed the entry limit. */
    boolean takeEntry() {
        return --entriesLeft >= 0;
    }

    /** False when {@code n} more expanded bytes would exceed the size limit. */
    boolean takeBytes(long n) {
        bytesLeft -= n;
        return bytesLeft >= 0;
    }

    long bytesLeft() {
        return Math.max(0, bytesLeft);
    }
}
