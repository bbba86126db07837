package jp.mamori.policy;

import java.time.LocalDate;
import java.util.UUID;

/** Published when a revision is approved; it applies from {@code inForceFrom}. Part of the module API. */
public record RevisionApproved(UUID tenantId, UUID documentId, UUID revisionId, LocalDate inForceFrom) {
}
