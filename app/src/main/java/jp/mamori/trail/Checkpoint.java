package jp.mamori.trail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A signed tree head in the C2SP {@code tlog-checkpoint} text format, signed as a C2SP signed note:
 * <pre>
 * mamori.trail/&lt;installation id&gt;
 * 1234
 * &lt;base64 root&gt;
 *
 * — &lt;key name&gt; &lt;base64(key id ‖ Ed25519 signature)&gt;
 * </pre>
 * The signature covers the body (the first three lines with their newlines). The key id is the first
 * four bytes of SHA-256(key name ‖ "\n" ‖ 0x01 ‖ public key), as signed notes define it for Ed25519.
 *
 * @param keyId 4 bytes
 * @param signature 64 bytes
 */
record Checkpoint(String origin, long size, byte[] root, String keyName, byte[] keyId, byte[] signature) {

    private static final String DASH = "\u2014";

    String body() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    /** The whole note as exported. */
    String text() {
        var both = new byte[keyId.length + signature.length];
        System.arraycopy(keyId, 0, both, 0, keyId.length);
        System.arraycopy(signature, 0, both, keyId.length, signature.length);
        return body() + "\n" + DASH + " " + keyName + " " + Base64.getEncoder().encodeToString(both) + "\n";
    }

    /**
     * Reads a note; takes the first signature line (ours). Refuses what is not a well-formed checkpoint.
     *
     * @throws IllegalArgumentException when the text is not a checkpoint note
     */
    static Checkpoint parse(String text) {
        var normalized = text.replace("\r\n", "\n");
        var split = normalized.indexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("not a signed note: no blank line after the body");
        }
        var body = normalized.substring(0, split + 1).split("\n", -1);
        if (body.length < 4 || !body[body.length - 1].isEmpty()) {
            throw new IllegalArgumentException("checkpoint body needs origin, size and root lines");
        }
        long size;
        byte[] root;
        try {
            size = Long.parseLong(body[1]);
            root = Base64.getDecoder().decode(body[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("checkpoint size or root unreadable: " + e.getMessage());
        }
        if (size < 0 || root.length != Merkle.HASH_SIZE) {
            throw new IllegalArgumentException("checkpoint size or root invalid");
        }
        for (var line : normalized.substring(split + 2).split("\n")) {
            if (!line.startsWith(DASH + " ")) {
                continue;
            }
            var parts = line.substring(2).split(" ");
            if (parts.length != 2) {
                throw new IllegalArgumentException("signature line malformed");
            }
            var both = Base64.getDecoder().decode(parts[1]);
            if (both.length != 4 + 64) {
                throw new IllegalArgumentException("signature has " + both.length + " bytes, expected 68");
            }
            var keyId = java.util.Arrays.copyOfRange(both, 0, 4);
            var signature = java.util.Arrays.copyOfRange(both, 4, both.length);
            return new Checkpoint(body[0], size, root, parts[0], keyId, signature);
        }
        throw new IllegalArgumentException("checkpoint carries no signature line");
    }

    byte[] bodyBytes() {
        return body().getBytes(StandardCharsets.UTF_8);
    }
}
