package jp.mamori.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One revision of a policy document as other modules see it (for example an acknowledgement campaign that asks
 * staff to read it). Immutable.
 *
 * @param revisionId the revision
 * @param documentId the document it revises
 * @param tenantId the tenant
 * @param documentTitle the document's title, for example 「久米南町情報セキュリティ基本方針」
 * @param documentKind the document's kind
 * @param disclosure the document's disclosure level
 * @param number the revision's number within its document, 1 for the first
 * @param kind 新規制定, 改定 or 廃止
 * @param state where it is in the workflow
 * @param revisionDate the date the 改訂履歴 shows
 * @param inForceFrom the first day it applies; null until approved
 * @param summary what changed, in one line
 */
public record RevisionSummary(
        UUID revisionId,
        UUID documentId,
        UUID tenantId,
        String documentTitle,
        DocumentKind documentKind,
        Disclosure disclosure,
        int number,
        RevisionKind kind,
        RevisionState state,
        LocalDate revisionDate,
        LocalDate inForceFrom,
        String summary) {

    public RevisionSummary {
        Objects.requireNonNull(revisionId, "revisionId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(documentTitle, "documentTitle");
        Objects.requireNonNull(documentKind, "documentKind");
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(revisionDate, "revisionDate");
    }
}
