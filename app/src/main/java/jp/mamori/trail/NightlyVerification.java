package jp.mamori.trail;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the verifier every night ({@code mamori.trail.verify-cron}, 02:30) and logs the outcome: an
 * ERROR line naming the first bad entry when the trail was tampered with. (Raising an incident from it
 * belongs to the incident module, later.)
 */
@Component
@Profile("!command")
@ConditionalOnProperty(name = "mamori.trail.checkpoint.schedule", havingValue = "true", matchIfMissing = true)
class NightlyVerification {

    private static final Logger log = LoggerFactory.getLogger(NightlyVerification.class);

    private final TrailVerifier verifier;
    private final TrailSigningKey key;

    NightlyVerification(TrailVerifier verifier, TrailSigningKey key) {
        this.verifier = verifier;
        this.key = key;
    }

    @Scheduled(cron = "${mamori.trail.verify-cron:0 30 2 * * *}", zone = "Asia/Tokyo")
    void verify() {
        try {
            var result = verifier.verify(key.publicKey(), List.of());
            if (result.intact()) {
                log.info("trail verified: {} entries, {} checkpoints", result.entries(), result.storedCheckpoints());
            } else {
                log.error("TRAIL TAMPERED: {} (and {} more findings)", result.first().orElseThrow(), result.findings().size() - 1);
            }
        } catch (RuntimeException e) {
            log.error("trail verification could not run: {}", e.toString());
        }
    }
}
