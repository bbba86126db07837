package jp.mamori.trail;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The byte form of an entry that its hashes are computed over. Version 1: a version byte, then every
 * field in a fixed order, each as a 4-byte length and its UTF-8 bytes (-1 for null), the time as epoch
 * seconds and nanoseconds. Never change it: stored hashes depend on it; a new form takes a new version.
 */
final class CanonicalEncoding {

    static final byte VERSION = 1;

    private static final byte[] CHAIN_DOMAIN = "mamori-trail-chain-v1".getBytes(StandardCharsets.US_ASCII);

    private CanonicalEncoding() {
    }

    static byte[] encode(TrailEntry entry) {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(entry.seq());
            out.writeLong(entry.occurredAt().getEpochSecond());
            out.writeInt(entry.occurredAt().getNano());
            for (var field : new String[] {
                    entry.tenantId() == null ? null : entry.tenantId().toString(), entry.actorKind(),
                    entry.actorId(), entry.actorName(), entry.action(), entry.objectType(), entry.objectId(),
                    entry.summary(), entry.sourceAddress(), entry.requestId()}) {
                writeField(out, field);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeField(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        var utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** RFC 6962 leaf hash: SHA-256(0x00 ‖ canonical). */
    static byte[] leafHash(TrailEntry entry) {
        var digest = sha256();
        digest.update((byte) 0x00);
        return digest.digest(encode(entry));
    }

    /** The chain link: SHA-256(domain ‖ previous chain hash ‖ leaf hash). */
    static byte[] chainHash(byte[] previous, byte[] leafHash) {
        var digest = sha256();
        digest.update(CHAIN_DOMAIN);
        digest.update(previous);
        return digest.digest(leafHash);
    }

    /** The chain's start: 32 zero bytes. */
    static byte[] genesis() {
        return new byte[32];
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
