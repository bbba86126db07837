package jp.mamori.inspection;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * 点検票 — one respondent's answer sheet: the answers by question, who saved it last and when, and the version that a
 * save must name (optimistic locking). Immutable.
 */
record Sheet(UUID id, UUID tenantId, UUID campaignId, UUID staffId, UUID unitId, Instant savedAt, String savedBy,
        long version, Map<UUID, Reply> replies) {

    /** One answer with its comment. */
    record Reply(Answer answer, String comment) {
    }

    Sheet {
        replies = Map.copyOf(replies);
    }

    /** Whether every question of the set has an answer. */
    boolean complete(java.util.List<Question> questions) {
        return questions.stream().allMatch(q -> replies.containsKey(q.id()));
    }
}
