package jp.mamori.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.access.CurrentUser;

/**
 * The module API: the tenant's policy documents and revisions as other modules may use them. Every method
 * enforces the disclosure level and audience where it takes a reader. Thread-safe.
 */
public interface PolicyLibrary {

    /** A revision of the tenant in any state, or empty when there is none (or it belongs to another tenant). */
    Optional<RevisionSummary> revision(UUID tenantId, UUID revisionId);

    /** The tenant's approved revisions (in force, scheduled or superseded), newest first. */
    List<RevisionSummary> approvedRevisions(UUID tenantId);

    /**
     * Whether a staff member may read the document of this revision: everyone for 公開 and 庁内, for 関係者限り only
     * staff whose unit (or a parent unit) or security role today is in the document's audience.
     */
    boolean inAudience(UUID tenantId, UUID staffId, UUID revisionId);

    /**
     * The revision's body as safe HTML (sanitised against an allow-list, clause anchors included), when the reader
     * may read it: empty when the revision does not exist in the reader's tenant or the reader is outside its
     * audience, so that the two cannot be told apart.
     */
    Optional<String> renderedBody(CurrentUser reader, UUID revisionId);
}
