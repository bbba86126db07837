package jp.mamori.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets with AES-256-GCM under a key that lives outside the database, so that a copy of the
 * database (a backup, a dump) does not reveal the second factors. The key file is
 * {@code ${mamori.data-dir}/keys/totp.key} unless {@code mamori.identity.totp-key} names another; it is
 * created with mode 0600 on first start. Losing the file means every account must enrol TOTP again.
 * The account id is bound into each ciphertext as associated data, so ciphertexts cannot be swapped
 * between accounts. Thread-safe.
 */
@Component
class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final byte[] nameKey;
    private final SecureRandom random = new SecureRandom();

    SecretBox(@Value("${mamori.identity.totp-key:${mamori.data-dir}/keys/totp.key}") Path file) {
        var bytes = loadOrCreate(file);
        this.key = new SecretKeySpec(bytes, "AES");
        // A second key, derived, for hashing attempted sign-in names in the trail.
        this.nameKey = derive(bytes, "mamori-trail-name-v1");
    }

    byte[] seal(byte[] plaintext, String boundTo) {
        try {
            var nonce = new byte[NONCE];
            random.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    byte[] open(byte[] box, String boundTo) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, box, 0, NONCE));
            cipher.updateAAD(boundTo.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(box, NONCE, box.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a TOTP secret: wrong key file?", e);
        }
    }

    /** A keyed hash of a sign-in name for the trail: recognisable across entries, not reversible by guessing. */
    String nameHash(String name) {
        var mac = hmac(nameKey, CommonPasswords.normalise(name == null ? "" : name.strip()));
        return "name:" + Base64.getUrlEncoder().withoutPadding().encodeToString(mac).substring(0, 22);
    }

    private static byte[] derive(byte[] key, String label) {
        return hmac(key, label);
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).strip(), file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            var bytes = new byte[32];
            random.nextBytes(bytes);
            var text = Base64.getEncoder().encodeToString(bytes) + "\n";
            try {
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            } catch (FileAlreadyExistsException raced) {
                return decode(Files.readString(file).strip(), file); // another node created it first
            }
            Files.writeString(file, text, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            log.info("Created the TOTP encryption key {} (keep it with the backups, apart from the database)", file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the TOTP key " + file, e);
        }
    }

    private static byte[] decode(String text, Path file) {
        var bytes = Base64.getDecoder().decode(text);
        if (bytes.length != 32) {
            throw new IllegalStateException("the TOTP key " + file + " must hold 32 bytes in base64");
        }
        return bytes;
    }
}
