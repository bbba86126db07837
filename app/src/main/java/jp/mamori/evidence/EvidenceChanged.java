package jp.mamori.evidence;

import java.util.UUID;

/**
 * Published inside the transaction that added or removed a piece of evidence, so that the owner's module can keep
 * its own history of the object; listeners run in that transaction (a plain {@code @EventListener}).
 *
 * @param summary the same words the trail entry carries, in Japanese
 */
public record EvidenceChanged(UUID tenantId, EvidenceOwner owner, UUID evidenceId, boolean added, String summary) {
}
