package jp.mamori.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hold store (原本保管): the original of every sanitised or blocked mail, encrypted at rest with
 * AES-256-GCM (a fresh 96-bit nonce per file, the reference as associated data so a file cannot be
 * swapped under another reference), kept until its expiry and deleted by {@link #sweep}.
 *
 * <p>Each original is two files in the store's directory: {@code <ref>.hold} (magic, nonce, ciphertext of
 * the envelope and the bytes) and {@code <ref>.meta} (tenant, times, size, verdict: no address, no content).
 * References are the gateway's own ({@code GW-XXXX-XXXX-XXXX-XXXX}), derived by HMAC from the mail's stable
 * key, so a retried mail gets the same reference and overwrites its own hold, never a second one.
 */
final class HoldStore {
    private static final byte[] MAGIC = "MMRH1".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern REFERENCE = Pattern.compile("GW-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final SecretKeySpec key;
    private final SecretKeySpec refKey;
    private final SecureRandom random = new SecureRandom();

    HoldStore(Path dir, byte[] holdKey) throws IOException {
        this.dir = Files2.privateDirectory(dir);
        this.key = new SecretKeySpec(derive(holdKey, "hold-encryption"), "AES");
        this.refKey = new SecretKeySpec(derive(holdKey, "hold-reference"), "HmacSHA256");
    }

    /** A held original and what it was held for. */
    record Held(String reference, String tenant, Envelope envelope, Instant heldAt, Instant expiresAt, String verdict,
            String reason, byte[] original) {}

    /** The gateway's reference for a mail's stable key and tenant: the same key always gives the same one. */
    String referenceFor(String stableKey, String tenant) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(refKey);
            byte[] h = mac.doFinal((stableKey + "\0" + tenant).getBytes(StandardCharsets.UTF_8));
            StringBuilder ref = new StringBuilder("GW");
            long bits = 0;
            int have = 0;
            int index = 0;
            for (int group = 0; group < 4; group++) {
                ref.append('-');
                for (int c = 0; c < 4; c++) {
                    while (have < 5) {
                        bits = (bits << 8) | (h[index++] & 0xff);
                        have += 8;
                    }
                    ref.append(ALPHABET.charAt((int) ((bits >>> (have - 5)) & 31)));
                    have -= 5;
                }
            }
            return ref.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isReference(String value) {
        return value != null && REFERENCE.matcher(value).matches();
    }

    void put(Held held) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream(held.original().length + 512);
        DataOutputStream out = new DataOutputStream(plain);
        byte[] head = JSON.writeValueAsBytes(Map.of("sender", held.envelope().sender(),
                "recipients", held.envelope().recipients(), "reason", held.reason() == null ? "" : held.reason()));
        out.writeInt(head.length);
        out.write(head);
        out.write(held.original());
        out.flush();
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        byte[] sealed;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(held.reference().getBytes(StandardCharsets.US_ASCII));
            sealed = cipher.doFinal(plain.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt the original", e);
        }
        byte[] file = new byte[MAGIC.length + nonce.length + sealed.length];
        System.arraycopy(MAGIC, 0, file, 0, MAGIC.length);
        System.arraycopy(nonce, 0, file, MAGIC.length, nonce.length);
        System.arraycopy(sealed, 0, file, MAGIC.length + nonce.length, sealed.length);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("reference", held.reference());
        meta.put("tenant", held.tenant());
        meta.put("heldAt", held.heldAt().toString());
        meta.put("expiresAt", held.expiresAt().toString());
        meta.put("size", held.original().length);
        meta.put("verdict", held.verdict());
        Files2.writeDurably(dir.resolve(held.reference() + ".hold"), file);
        Files2.writeDurably(dir.resolve(held.reference() + ".meta"), JSON.writeValueAsBytes(meta));
    }

    Optional<Held> get(String reference) throws IOException {
        if (!isReference(reference)) {
            return Optional.empty();
        }
        byte[] file;
        Map<?, ?> meta;
        try {
            file = Files.readAllBytes(dir.resolve(reference + ".hold"));
            meta = JSON.readValue(Files.readAllBytes(dir.resolve(reference + ".meta")), Map.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (file.length < MAGIC.length + 12 + 16 || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new IOException("not a hold file: " + reference);
        }
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, file, MAGIC.length, 12));
            cipher.updateAAD(reference.getBytes(StandardCharsets.US_ASCII));
            plain = cipher.doFinal(file, MAGIC.length + 12, file.length - MAGIC.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IOException("the hold file " + reference + " does not decrypt with this key (altered or another key)");
        }
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(plain));
        byte[] head = new byte[in.readInt()];
        in.readFully(head);
        Map<?, ?> h = JSON.readValue(head, Map.class);
        @SuppressWarnings("unchecked")
        List<String> recipients = (List<String>) h.get("recipients");
        byte[] original = in.readAllBytes();
        String reason = (String) h.get("reason");
        return Optional.of(new Held(reference, (String) meta.get("tenant"),
                new Envelope((String) h.get("sender"), recipients), Instant.parse((String) meta.get("heldAt")),
                Instant.parse((String) meta.get("expiresAt")), (String) meta.get("verdict"),
                reason == null || reason.isEmpty() ? null : reason, original));
    }

    /** Deletes every original whose expiry is before {@code now}; returns how many. */
    int sweep(Instant now) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> metas = Files.newDirectoryStream(dir, "GW-*.meta")) {
            for (Path meta : metas) {
                String ref = meta.getFileName().toString().replace(".meta", "");
                Instant expires;
                try {
                    expires = Instant.parse((String) JSON.readValue(Files.readAllBytes(meta), Map.class).get("expiresAt"));
                } catch (IOException | RuntimeException e) {
                    continue;
                }
                if (expires.isBefore(now)) {
                    Files.deleteIfExists(dir.resolve(ref + ".hold"));
                    Files.deleteIfExists(meta);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
