package jp.mamori.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.trail.Trail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases that change policy documents and revisions: create and describe a document, draft and edit a
 * revision, send it to review, approve it or send it back, withdraw a draft. Each checks that the user may read the
 * document (otherwise it is not found), that the version the user saw is still the stored one (otherwise
 * {@link PolicyEditConflict}), lets the aggregate decide, and writes one trail entry in the same transaction.
 * Permissions themselves are checked on the routes. Thread-safe.
 */
@Service
@Transactional
class PolicyManagement {

    private final PolicyDocuments documents;
    private final Revisions revisions;
    private final Readership readership;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyManagement(PolicyDocuments documents, Revisions revisions, Readership readership, Trail trail,
            ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.revisions = revisions;
        this.readership = readership;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    /** What a new or edited revision says. */
    record RevisionDraft(RevisionKind kind, LocalDate revisionDate, String summary, String body) {
    }

    /** A new document with its first revision (新規制定) as a draft; returns the document. */
    PolicyDocument create(CurrentUser user, DocumentKind kind, String title, Disclosure disclosure, Audience audience,
            RevisionDraft first) {
        var document = PolicyDocument.create(user.tenantId(), kind, title, disclosure, audience);
        documents.insert(document);
        var revision = Revision.draft(user.tenantId(), document.id(), 1, first.kind(), first.revisionDate(),
                first.summary(), first.body(), Signatory.of(user));
        revisions.insert(revision);
        trail.record(user.tenantId(), "policy.document.created", "PolicyDocument", document.id().toString(),
                "文書を作成: " + document.title() + "（" + document.kind() + ", " + document.disclosure() + "）");
        return document;
    }

    /** Changes a document's title, disclosure level and audience. */
    void describe(CurrentUser user, UUID documentId, long seenVersion, String title, Disclosure disclosure,
            Audience audience) {
        var document = readership.readable(user, documentId);
        expect(seenVersion, document.version(), "policy document " + documentId);
        var before = document.title() + "（" + document.disclosure() + ", " + document.audience() + "）";
        document.describe(title, disclosure, audience).orThrow(PolicyRefused::new);
        documents.update(document);
        trail.record(user.tenantId(), "policy.document.changed", "PolicyDocument", documentId.toString(),
                "文書を変更: " + before + " → " + document.title() + "（" + document.disclosure() + ", "
                        + document.audience() + "）");
    }

    /** A new draft revision; refused while another revision of the document is a draft or under review. */
    Revision draft(CurrentUser user, UUID documentId, RevisionDraft draft) {
        var document = readership.readable(user, documentId);
        var open = revisions.history(user.tenantId(), documentId).stream().filter(Revision::open).findFirst();
        if (open.isPresent()) {
            throw new PolicyRefused("policy.refused.openRevision", open.get().number());
        }
        var revision = Revision.draft(user.tenantId(), document.id(), revisions.nextNumber(user.tenantId(), documentId),
                draft.kind(), draft.revisionDate(), draft.summary(), draft.body(), Signatory.of(user));
        revisions.insert(revision);
        trail.record(user.tenantId(), "policy.revision.drafted", "Revision", revision.id().toString(),
                document.title() + " 第" + revision.number() + "版を起案: " + revision.kind() + " " + revision.revisionDate()
                        + " " + revision.summaryText());
        return revision;
    }

    void edit(CurrentUser user, UUID documentId, UUID revisionId, long seenVersion, RevisionDraft draft) {
        var document = readership.readable(user, documentId);
        var revision = current(user, document, revisionId, seenVersion);
        revision.edit(draft.kind(), draft.revisionDate(), draft.summary(), draft.body()).orThrow(PolicyRefused::new);
        revisions.update(revision);
        trail.record(user.tenantId(), "policy.revision.edited", "Revision", revisionId.toString(),
                document.title() + " 第" + revision.number() + "版を編集: " + revision.kind() + " "
                        + revision.revisionDate() + " " + revision.summaryText() + "（本文 " + revision.body().length()
                        + " 字）");
    }

    void submit(CurrentUser user, UUID documentId, UUID revisionId, long seenVersion) {
        var document = readership.readable(user, documentId);
        var revision = current(user, document, revisionId, seenVersion);
        revision.submit(clock.instant()).orThrow(PolicyRefused::new);
        revisions.update(revision);
        trail.record(user.tenantId(), "policy.revision.submitted", "Revision", revisionId.toString(),
                document.title() + " 第" + revision.number() + "版を審査に回付");
    }

    /** Approves a revision under review; refused for its own author. Publishes {@link RevisionApproved}. */
    void approve(CurrentUser user, UUID documentId, UUID revisionId, long seenVersion, LocalDate inForceFrom) {
        if (!user.can(Permission.POLICY_APPROVE)) {
            throw new PolicyRefused("policy.refused.notApprover");
        }
        var document = readership.readable(user, documentId);
        var revision = current(user, document, revisionId, seenVersion);
        revision.approve(Signatory.of(user), inForceFrom, clock.instant()).orThrow(PolicyRefused::new);
        revisions.update(revision);
        trail.record(user.tenantId(), "policy.revision.approved", "Revision", revisionId.toString(),
                document.title() + " 第" + revision.number() + "版を承認: " + revision.inForceFrom() + " から施行");
        events.publishEvent(new RevisionApproved(user.tenantId(), document.id(), revision.id(), revision.inForceFrom()));
    }

    void sendBack(CurrentUser user, UUID documentId, UUID revisionId, long seenVersion, String comment) {
        if (!user.can(Permission.POLICY_APPROVE)) {
            throw new PolicyRefused("policy.refused.notApprover");
        }
        var document = readership.readable(user, documentId);
        var revision = current(user, document, revisionId, seenVersion);
        revision.sendBack(Signatory.of(user), comment, clock.instant()).orThrow(PolicyRefused::new);
        revisions.update(revision);
        trail.record(user.tenantId(), "policy.revision.returned", "Revision", revisionId.toString(),
                document.title() + " 第" + revision.number() + "版を差戻し: " + revision.returnComment());
    }

    void withdraw(CurrentUser user, UUID documentId, UUID revisionId, long seenVersion) {
        var document = readership.readable(user, documentId);
        var revision = current(user, document, revisionId, seenVersion);
        revision.withdraw().orThrow(PolicyRefused::new);
        revisions.update(revision);
        trail.record(user.tenantId(), "policy.revision.withdrawn", "Revision", revisionId.toString(),
                document.title() + " 第" + revision.number() + "版を取下げ");
    }

    private Revision current(CurrentUser user, PolicyDocument document, UUID revisionId, long seenVersion) {
        var revision = readership.readable(user, document, revisionId);
        expect(seenVersion, revision.version(), "policy revision " + revisionId);
        return revision;
    }

    private static void expect(long seen, long stored, String what) {
        if (seen != stored) {
            throw new PolicyEditConflict(what);
        }
    }
}
