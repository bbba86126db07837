package jp.mamori.policy;

import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.kernel.RevisionId;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for other modules that ask for a document to be revised — a risk review that finds a measure
 * missing, an audit finding, an incident's lessons: "open a revision draft" (改定案を起こす). The draft is an 改定
 * dated the tenant's today, starting from the newest approved text (or the newest text when none is approved), with
 * the caller's reason as its summary; people then edit, submit and approve it as any other. Thread-safe.
 */
@Service
@Transactional
public class PolicyDrafting {

    private final PolicyManagement management;
    private final Readership readership;
    private final Revisions revisions;
    private final TenantCalendar calendar;

    PolicyDrafting(PolicyManagement management, Readership readership, Revisions revisions, TenantCalendar calendar) {
        this.management = management;
        this.readership = readership;
        this.revisions = revisions;
        this.calendar = calendar;
    }

    /**
     * The id of the document's draft revision: the draft already open, or a new one. Asking twice opens one draft.
     *
     * @param reason why the document needs revising; becomes the draft's summary (not blank)
     * @throws PolicyRefused without {@code POLICY_EDIT} ({@code policy.refused.notEditor}), or while a revision of the
     *     document is under review ({@code policy.refused.openRevision})
     * @throws PolicyNotFound when the document is not the user's tenant's or not readable to them
     */
    public RevisionId openDraft(CurrentUser user, UUID documentId, String reason) {
        if (!user.can(Permission.POLICY_EDIT)) {
            throw new PolicyRefused("policy.refused.notEditor");
        }
        readership.readable(user, documentId);
        var history = revisions.history(user.tenantId(), documentId);
        var draft = history.stream().filter(r -> r.state() == RevisionState.DRAFT).findFirst();
        if (draft.isPresent()) {
            return RevisionId.of(draft.get().id());
        }
        var base = history.stream().filter(r -> r.state() == RevisionState.APPROVED).findFirst()
                .or(() -> history.stream().findFirst());
        // The history holds the heads only; the text comes from the full revision.
        var body = base.flatMap(r -> revisions.find(user.tenantId(), r.id())).map(Revision::body).orElse("");
        var opened = management.draft(user, documentId, new PolicyManagement.RevisionDraft(RevisionKind.AMENDED,
                calendar.today(user.tenantId()), reason, body));
        return RevisionId.of(opened.id());
    }
}
