package jp.mamori.trail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls for due checkpoints (every {@code mamori.trail.checkpoint.poll}, 20 s): with the checkpoints made
 * at each 1,000th entry and at most 5 minutes apart, a rewrite of the trail is evident against a
 * signature no older than that. Not in command runs; switched off by
 * {@code mamori.trail.checkpoint.schedule=false} (tests that need exact control).
 */
@Component
@Profile("!command")
@ConditionalOnProperty(name = "mamori.trail.checkpoint.schedule", havingValue = "true", matchIfMissing = true)
class CheckpointSchedule {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final TrailCheckpoints checkpoints;
    private final TrailSigningKey key;

    CheckpointSchedule(TrailCheckpoints checkpoints, TrailSigningKey key) {
        this.checkpoints = checkpoints;
        this.key = key;
    }

    /** Creates the signing key on the first start, so that its .pub can be handed to the auditors at once. */
    @EventListener(ApplicationReadyEvent.class)
    void createKey() {
        try {
            key.ensure();
        } catch (RuntimeException e) {
            log.error("trail signing key unavailable: {}", e.toString());
        }
    }

    @Scheduled(initialDelayString = "${mamori.trail.checkpoint.poll:20s}", fixedDelayString = "${mamori.trail.checkpoint.poll:20s}")
    void makeDue() {
        try {
            for (var made : checkpoints.makeDue()) {
                log.info("trail checkpoint at size {}", made.size());
            }
        } catch (RuntimeException e) {
            log.error("trail checkpoint failed: {}", e.toString());
        }
    }
}
