package jp.mamori.sanitizer;

import java.util.Objects;

/**
 * One file taken out of a container (winmail.dat), not yet disarmed.
 *
 * @param name the name the sender gave it, possibly empty, never null
 * @param content its bytes, never null
 */
public record UnpackedFile(String name, byte[] content) {
    public UnpackedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
