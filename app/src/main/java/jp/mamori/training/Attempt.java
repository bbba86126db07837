package jp.mamori.training;

import java.time.Instant;
import java.util.UUID;

/** One attempt at a course's quiz by a member of staff: the score and whether it passed. Immutable. */
record Attempt(UUID id, UUID courseId, UUID campaignId, UUID staffId, int score, boolean passed, Instant at) {
}
