package jp.mamori.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.organization.Organization;
import jp.mamori.organization.RoleHolding;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reads what, and the module API built on it. Every route of the module (pages, fragments, exports, the REST
 * API, the public pages) asks here before it shows a document or revision:
 * <ul>
 * <li>公開 and 庁内 documents: every signed-in member of the tenant; 関係者限り: staff whose unit is one of the
 * audience's units or below it, or who hold one of its roles today;</li>
 * <li>holders of {@link Permission#POLICY_EDIT} or {@link Permission#POLICY_APPROVE} read every document of the tenant
 * and every revision in any state (they draft, review and approve them); other readers only approved revisions.</li>
 * </ul>
 * Thread-safe.
 */
@Service
@Transactional(readOnly = true)
class Readership implements PolicyLibrary {

    private final PolicyDocuments documents;
    private final Revisions revisions;
    private final Organization organization;
    private final TenantCalendar calendar;
    private final RenderedText rendered;

    Readership(PolicyDocuments documents, Revisions revisions, Organization organization, TenantCalendar calendar,
            RenderedText rendered) {
        this.rendered = rendered;
        this.documents = documents;
        this.revisions = revisions;
        this.organization = organization;
        this.calendar = calendar;
    }

    /** The tenant's business date: the day revisions come into force and roles are held. */
    LocalDate today(UUID tenantId) {
        return calendar.today(tenantId);
    }

    /** Whether the user drafts, reviews or approves: they see every document and every revision state. */
    static boolean editorial(CurrentUser user) {
        return user.can(Permission.POLICY_EDIT) || user.can(Permission.POLICY_APPROVE);
    }

    /** Whether the user may read the document at all (its approved revisions at least). */
    boolean mayRead(CurrentUser user, PolicyDocument document) {
        if (!document.tenantId().equals(user.tenantId())) {
            return false;
        }
        if (editorial(user) || document.disclosure() != Disclosure.RESTRICTED) {
            return true;
        }
        return inAudience(user.tenantId(), user.staffId(), document.audience());
    }

    /** Whether the user may read this revision of a document they may read. */
    boolean mayRead(CurrentUser user, PolicyDocument document, Revision revision) {
        return revision.documentId().equals(document.id()) && mayRead(user, document)
                && (revision.state() == RevisionState.APPROVED || editorial(user));
    }

    /** The document, if the user may read it; otherwise {@link PolicyNotFound}, the same as a missing one. */
    PolicyDocument readable(CurrentUser user, UUID documentId) {
        return documents.find(user.tenantId(), documentId).filter(d -> mayRead(user, d))
                .orElseThrow(() -> new PolicyNotFound("policy document " + documentId));
    }

    /** The revision of that document, if the user may read it; otherwise {@link PolicyNotFound}. */
    Revision readable(CurrentUser user, PolicyDocument document, UUID revisionId) {
        return revisions.find(user.tenantId(), revisionId).filter(r -> mayRead(user, document, r))
                .orElseThrow(() -> new PolicyNotFound("policy revision " + revisionId));
    }

    /** The documents the user may read, in register order. */
    List<PolicyDocument> readableDocuments(CurrentUser user) {
        return documents.all(user.tenantId()).stream().filter(d -> mayRead(user, d)).toList();
    }

    boolean inAudience(UUID tenantId, UUID staffId, Audience audience) {
        if (staffId == null || audience.isEmpty()) {
            return false;
        }
        var staff = organization.staffMember(tenantId, staffId).orElse(null);
        if (staff == null || !staff.activeOn(today(tenantId))) {
            return false;
        }
        if (staff.unitId() != null) {
            for (var unit : audience.units()) {
                if (organization.unitWithDescendants(tenantId, unit).contains(staff.unitId())) {
                    return true;
                }
            }
        }
        if (!audience.roles().isEmpty()) {
            for (RoleHolding holding : organization.rolesHeld(tenantId, staffId, today(tenantId))) {
                if (audience.roles().contains(holding.role())) {
                    return true;
                }
            }
        }
        return false;
    }

    // --- the module API ---

    @Override
    public Optional<RevisionSummary> revision(UUID tenantId, UUID revisionId) {
        return revisions.find(tenantId, revisionId).flatMap(r -> documents.find(tenantId, r.documentId())
                .map(r::summary));
    }

    @Override
    public List<RevisionSummary> approvedRevisions(UUID tenantId) {
        var byId = new HashMap<UUID, PolicyDocument>();
        documents.all(tenantId).forEach(d -> byId.put(d.id(), d));
        return revisions.allHeads(tenantId).stream()
                .filter(r -> r.state() == RevisionState.APPROVED && byId.containsKey(r.documentId()))
                .sorted(Comparator.comparing(Revision::inForceFrom).thenComparing(Revision::number).reversed())
                .map(r -> r.summary(byId.get(r.documentId())))
                .toList();
    }

    @Override
    public boolean inAudience(UUID tenantId, UUID staffId, UUID revisionId) {
        var revision = revisions.find(tenantId, revisionId).orElse(null);
        if (revision == null) {
            return false;
        }
        var document = documents.find(tenantId, revision.documentId()).orElse(null);
        if (document == null) {
            return false;
        }
        return document.disclosure() != Disclosure.RESTRICTED || inAudience(tenantId, staffId, document.audience());
    }

    @Override
    public Optional<String> renderedBody(CurrentUser reader, UUID revisionId) {
        var revision = revisions.find(reader.tenantId(), revisionId).orElse(null);
        if (revision == null) {
            return Optional.empty();
        }
        return documents.find(reader.tenantId(), revision.documentId())
                .filter(document -> mayRead(reader, document, revision))
                .map(document -> rendered.html(revision));
    }
}
