package jp.mamori.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password hashing with Argon2id at m=19456 KiB, t=2, p=1 (the ASVS 5 minimum), behind a bulkhead: at most
 * {@code 2 × cores} hashes run at once, so that a burst of sign-ins cannot take 19 MiB each without bound.
 * A caller that waits longer than a moment gets {@link Busy} (the web layer answers 429). Thread-safe.
 *
 * <p>Every sign-in attempt runs exactly one verification, also for an unknown name, against a dummy
 * hash made at start-up: the answer's timing does not tell whether a name exists.
 */
@Component
class PasswordHashing {

    static final String ID = "argon2@asvs5";

    private final PasswordEncoder encoder;
    private final Semaphore permits;
    private final long waitMillis;
    private final String dummyHash;
    private final AtomicLong verifications = new AtomicLong();

    @Autowired
    PasswordHashing(@Value("${mamori.identity.hashing-wait-ms:2000}") long waitMillis) {
        this(Runtime.getRuntime().availableProcessors() * 2, waitMillis);
    }

    PasswordHashing(int concurrent, long waitMillis) {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
        this.encoder = new DelegatingPasswordEncoder(ID, Map.of(ID, argon2));
        this.permits = new Semaphore(concurrent, true);
        this.waitMillis = waitMillis;
        var random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.dummyHash = encoder.encode(Base64.getEncoder().encodeToString(random));
    }

    /** The storable hash, {@code {argon2@asvs5}$argon2id$v=19$m=19456,t=2,p=1$…}. */
    String hash(String password) {
        return guarded(() -> encoder.encode(password));
    }

    /** Whether the password matches; with a null hash (no such account) it checks a dummy and says no. */
    boolean matches(String password, String storedHash) {
        return guarded(() -> {
            verifications.incrementAndGet();
            var matched = encoder.matches(password, storedHash != null ? storedHash : dummyHash);
            return matched && storedHash != null;
        });
    }

    /** Whether a stored hash was made with weaker settings and should be replaced at the next sign-in. */
    boolean outdated(String storedHash) {
        return encoder.upgradeEncoding(storedHash);
    }

    /** How many verifications ran since start; tests count them. */
    long verifications() {
        return verifications.get();
    }

    private <T> T guarded(java.util.function.Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        if (!acquired) {
            throw new Busy();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** Too many hashes are running; the caller should try again in a moment (HTTP 429). */
    static final class Busy extends RuntimeException {
        Busy() {
            super("password hashing is at capacity", null, false, false);
        }
    }
}
