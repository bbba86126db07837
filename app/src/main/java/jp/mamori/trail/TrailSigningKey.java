package jp.mamori.trail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs checkpoints. It lives in a file outside the database
 * ({@code mamori.trail.signing-key}, by default {@code <data dir>/keys/trail-ed25519.key}, PKCS#8 PEM,
 * mode 0600), so that someone who can write the database cannot re-sign a rewritten trail. The public
 * key is written beside it as {@code .pub} (X.509 PEM) for the auditors who verify exported checkpoints.
 * Created on first use when absent.
 */
@Component
class TrailSigningKey {

    private final Path privateKeyFile;
    private volatile PrivateKey privateKey;
    private volatile PublicKey publicKey;

    TrailSigningKey(@Value("${mamori.trail.signing-key:${mamori.data-dir}/keys/trail-ed25519.key}") Path privateKeyFile) {
        this.privateKeyFile = privateKeyFile;
    }

    Path privateKeyFile() {
        return privateKeyFile;
    }

    Path publicKeyFile() {
        return privateKeyFile.resolveSibling(stripExtension(privateKeyFile.getFileName().toString()) + ".pub");
    }

    private static String stripExtension(String name) {
        var dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Loads the key, creating it (and its .pub) when the file does not exist yet. */
    synchronized void ensure() {
        if (privateKey != null) {
            return;
        }
        try {
            if (!Files.exists(privateKeyFile)) {
                create();
            }
            privateKey = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Pem.decode(Files.readString(privateKeyFile), "PRIVATE KEY")));
            var pub = publicKeyFile();
            if (Files.exists(pub)) {
                publicKey = readPublicKey(pub);
            } else {
                publicKey = derivePublicKey(privateKey);
                Files.writeString(pub, Pem.encode(publicKey.getEncoded(), "PUBLIC KEY"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the trail signing key " + privateKeyFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the trail signing key " + privateKeyFile + " is not an Ed25519 key", e);
        }
    }

    private void create() throws IOException, GeneralSecurityException {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var directory = privateKeyFile.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        var pem = Pem.encode(pair.getPrivate().getEncoded(), "PRIVATE KEY").getBytes(StandardCharsets.US_ASCII);
        try {
            if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(privateKeyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(privateKeyFile);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another process created it first: use theirs
        }
        Files.write(privateKeyFile, pem, StandardOpenOption.TRUNCATE_EXISTING);
        Files.writeString(publicKeyFile(), Pem.encode(pair.getPublic().getEncoded(), "PUBLIC KEY"));
    }

    PublicKey publicKey() {
        ensure();
        return publicKey;
    }

    byte[] sign(byte[] message) {
        ensure();
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    static PublicKey readPublicKey(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Pem.decode(Files.readString(file), "PUBLIC KEY")));
    }

    /** The JDK cannot derive an Ed25519 public key from the private one; Bouncy Castle can. */
    private static PublicKey derivePublicKey(PrivateKey key) throws GeneralSecurityException {
        var raw = ((EdECPrivateKey) key).getBytes().orElseThrow();
        var publicRaw = new Ed25519PrivateKeyParameters(raw, 0).generatePublicKey().getEncoded();
        return fromRaw(publicRaw);
    }

    /** The 32 raw bytes of an Ed25519 public key: the end of its X.509 encoding. */
    static byte[] raw(PublicKey key) {
        var encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    static PublicKey fromRaw(byte[] raw) throws GeneralSecurityException {
        var prefix = new byte[] {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
        var encoded = new byte[prefix.length + raw.length];
        System.arraycopy(prefix, 0, encoded, 0, prefix.length);
        System.arraycopy(raw, 0, encoded, prefix.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }

    /** Signed-note key id: SHA-256(name ‖ "\n" ‖ 0x01 ‖ raw public key), first 4 bytes. */
    static byte[] keyId(String keyName, PublicKey key) {
        var digest = CanonicalEncoding.sha256();
        digest.update(keyName.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update((byte) 0x01);
        return Arrays.copyOf(digest.digest(raw(key)), 4);
    }

    /** Whether the checkpoint carries a valid signature by this public key under its key name. */
    static boolean verify(Checkpoint checkpoint, PublicKey key) {
        if (!MessageDigest.isEqual(keyId(checkpoint.keyName(), key), checkpoint.keyId())) {
            return false;
        }
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(checkpoint.bodyBytes());
            return signature.verify(checkpoint.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** PEM armour, enough for one key per file. */
    static final class Pem {
        private Pem() {
        }

        static String encode(byte[] der, String label) {
            return "-----BEGIN " + label + "-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END " + label + "-----\n";
        }

        static byte[] decode(String pem, String label) {
            var begin = "-----BEGIN " + label + "-----";
            var end = "-----END " + label + "-----";
            var from = pem.indexOf(begin);
            var to = pem.indexOf(end);
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("no " + label + " in PEM text");
            }
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        }
    }
}
