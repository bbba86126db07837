package jp.mamori.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.access.CurrentUser;
import jp.mamori.kernel.Decision;
import jp.mamori.organization.Organization;
import jp.mamori.organization.UnitSummary;
import jp.mamori.web.ResultPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in pages, exports and the REST API show, each through {@link Readership}: a document or revision
 * the reader may not read is {@link PolicyNotFound}, exactly like a missing one, and lists leave it out. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
class PolicyPages {

    static final int PAGE_SIZE = 20;

    private final Readership readership;
    private final PolicyDocuments documents;
    private final Revisions revisions;
    private final Organization organization;
    private final RenderedText rendered;

    PolicyPages(Readership readership, PolicyDocuments documents, Revisions revisions, Organization organization,
            RenderedText rendered) {
        this.rendered = rendered;
        this.readership = readership;
        this.documents = documents;
        this.revisions = revisions;
        this.organization = organization;
    }

    /** One page of a list. */
    record DocumentPage(DocumentView document, RevisionView inForce, String html, List<RevisionView> history,
            RevisionView open) {
        /** The 改訂履歴: approved revisions in force today or before, oldest first, as the seed lists them. */
        public List<RevisionView> approvedHistory() {
            return history.stream().filter(r -> r.approved() && !r.scheduled())
                    .sorted(Comparator.comparing(RevisionView::inForceFrom).thenComparing(RevisionView::number)).toList();
        }
    }

    /** @param approval whether the reader may approve it now (refused when they wrote it or it is not in review) */
    record RevisionPage(DocumentView document, RevisionView revision, String html, String markdown,
            RevisionView previous, Decision approval) {
    }

    record DiffPage(DocumentView document, RevisionView older, RevisionView newer, boolean comparable,
            List<ClauseComparison.ClauseChange> clauses, List<RevisionView> choices) {
        public long changedCount() {
            return clauses.stream().filter(ClauseComparison.ClauseChange::changed).count();
        }
    }

    /**
     * The documents the user may read, matching the search (title, or the text in force; case-insensitive) and kind.
     * A tenant has tens of documents, so they are filtered here rather than in SQL, with the disclosure rules.
     */
    ResultPage<DocumentView> register(CurrentUser user, String q, DocumentKind kind, int page, int size) {
        var all = views(user, q, kind);
        int safeSize = ResultPage.clampSize(size);
        int safePage = ResultPage.clampPage(page);
        var rows = all.stream().skip((long) safePage * safeSize).limit(safeSize).toList();
        return new ResultPage<>(rows, safePage, safeSize, all.size());
    }

    /** Every matching document the user may read, for exports. */
    List<DocumentView> views(CurrentUser user, String q, DocumentKind kind) {
        var needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        var units = unitNames(user.tenantId());
        var history = revisions.allHeads(user.tenantId()).stream()
                .collect(Collectors.groupingBy(Revision::documentId));
        var today = readership.today(user.tenantId());
        var result = new ArrayList<DocumentView>();
        for (var document : readership.readableDocuments(user)) {
            if (kind != null && document.kind() != kind) {
                continue;
            }
            var own = history.getOrDefault(document.id(), List.of());
            var inForce = InForce.on(own, today);
            if (!Readership.editorial(user) && own.stream().noneMatch(r -> r.state() == RevisionState.APPROVED)) {
                continue; // nothing approved yet: only those who draft and approve see it
            }
            if (needle != null && !document.title().toLowerCase(Locale.ROOT).contains(needle)
                    && !inForceText(user, inForce).toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            result.add(view(document, own, inForce, units, Readership.editorial(user)));
        }
        return result;
    }

    private String inForceText(CurrentUser user, InForce inForce) {
        return inForce.text().flatMap(r -> revisions.find(user.tenantId(), r.id())).map(Revision::body).orElse("");
    }

    DocumentPage document(CurrentUser user, UUID documentId) {
        var document = readership.readable(user, documentId);
        var history = revisions.history(user.tenantId(), documentId);
        var today = readership.today(user.tenantId());
        var inForce = InForce.on(history, today);
        var editorial = Readership.editorial(user);
        if (!editorial && history.stream().noneMatch(r -> r.state() == RevisionState.APPROVED)) {
            throw new PolicyNotFound("policy document " + documentId);
        }
        var visible = history.stream().filter(r -> editorial || r.state() == RevisionState.APPROVED)
                .map(r -> RevisionView.of(r, inForce, today)).toList();
        var current = inForce.text().flatMap(r -> revisions.find(user.tenantId(), r.id())).orElse(null);
        var open = editorial ? history.stream().filter(Revision::open).findFirst()
                .map(r -> RevisionView.of(r, inForce, today)).orElse(null) : null;
        return new DocumentPage(view(document, history, inForce, unitNames(user.tenantId()), editorial),
                inForce.revision() == null ? null : RevisionView.of(inForce.revision(), inForce, today),
                current == null || !current.textOnFile() ? null : rendered.html(current), visible, open);
    }

    RevisionPage revision(CurrentUser user, UUID documentId, UUID revisionId) {
        var document = readership.readable(user, documentId);
        var revision = readership.readable(user, document, revisionId);
        var history = revisions.history(user.tenantId(), documentId);
        var today = readership.today(user.tenantId());
        var inForce = InForce.on(history, today);
        var previous = history.stream().filter(r -> r.state() == RevisionState.APPROVED && r.number() < revision.number())
                .max(Comparator.comparing(Revision::number)).map(r -> RevisionView.of(r, inForce, today)).orElse(null);
        return new RevisionPage(view(document, history, inForce, unitNames(user.tenantId()), Readership.editorial(user)),
                RevisionView.of(revision, inForce, today),
                revision.textOnFile() ? rendered.html(revision) : null, revision.body(), previous,
                revision.mayApprove(Signatory.of(user)));
    }

    /** The text of the revision that applies today, for the new-revision form; empty when there is none. */
    String currentText(CurrentUser user, UUID documentId) {
        readership.readable(user, documentId);
        var inForce = InForce.on(revisions.history(user.tenantId(), documentId), readership.today(user.tenantId()));
        var latest = inForce.revision() == null ? null : revisions.find(user.tenantId(), inForce.revision().id()).orElse(null);
        return latest == null ? "" : latest.body();
    }

    /**
     * Two revisions side by side, clause by clause. Without ids: the revision in force against the approved one
     * before it (or the open draft against the one in force, for those who draft).
     */
    DiffPage diff(CurrentUser user, UUID documentId, UUID olderId, UUID newerId) {
        var document = readership.readable(user, documentId);
        var history = revisions.history(user.tenantId(), documentId);
        var today = readership.today(user.tenantId());
        var inForce = InForce.on(history, today);
        var readable = history.stream().filter(r -> readership.mayRead(user, document, r)).toList();
        if (readable.isEmpty()) {
            throw new PolicyNotFound("policy document " + documentId);
        }
        var newerHead = newerId != null ? readership.readable(user, document, newerId) : readable.get(0);
        var olderHead = olderId != null ? readership.readable(user, document, olderId)
                : readable.stream().filter(r -> r.number() < newerHead.number() && r.state() == RevisionState.APPROVED)
                        .sorted(Comparator.comparing((Revision r) -> !r.textOnFile())).findFirst().orElse(newerHead);
        var newer = revisions.find(user.tenantId(), newerHead.id()).orElseThrow();
        var older = revisions.find(user.tenantId(), olderHead.id()).orElseThrow();
        var comparable = older.textOnFile() && newer.textOnFile();
        var clauses = comparable ? ClauseComparison.compare(older.body(), newer.body())
                : List.<ClauseComparison.ClauseChange>of();
        return new DiffPage(view(document, history, inForce, unitNames(user.tenantId()), Readership.editorial(user)),
                RevisionView.of(older, inForce, today), RevisionView.of(newer, inForce, today), comparable, clauses,
                readable.stream().map(r -> RevisionView.of(r, inForce, today)).toList());
    }

    /** The revisions the user may see of a document, newest first; for the history export and the API. */
    List<RevisionView> history(CurrentUser user, UUID documentId) {
        var document = readership.readable(user, documentId);
        var history = revisions.history(user.tenantId(), documentId);
        var today = readership.today(user.tenantId());
        var inForce = InForce.on(history, today);
        var visible = history.stream().filter(r -> readership.mayRead(user, document, r))
                .map(r -> RevisionView.of(r, inForce, today)).toList();
        if (visible.isEmpty()) {
            throw new PolicyNotFound("policy document " + documentId);
        }
        return visible;
    }

    /** The document of that kind in force today that the user may read (the first by title when several). */
    UUID inForceOfKind(CurrentUser user, DocumentKind kind) {
        return views(user, null, kind).stream().filter(DocumentView::inForce).findFirst().map(DocumentView::id)
                .orElseThrow(() -> new PolicyNotFound("policy document of kind " + kind));
    }

    /** The document's view for a page that needs no more (forms, confirmations). */
    DocumentView documentView(CurrentUser user, UUID documentId) {
        var document = readership.readable(user, documentId);
        var history = revisions.history(user.tenantId(), documentId);
        return view(document, history, InForce.on(history, readership.today(user.tenantId())), unitNames(user.tenantId()),
                Readership.editorial(user));
    }

    List<UnitSummary> units(UUID tenantId) {
        return organization.units(tenantId).stream().filter(UnitSummary::active).toList();
    }

    private Map<UUID, String> unitNames(UUID tenantId) {
        var names = new HashMap<UUID, String>();
        organization.units(tenantId).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    private static DocumentView view(PolicyDocument d, List<Revision> history, InForce inForce, Map<UUID, String> units,
            boolean editorial) {
        var lastDate = history.stream().filter(r -> r.state() == RevisionState.APPROVED).map(Revision::revisionDate)
                .max(Comparator.naturalOrder()).orElse(null);
        var open = editorial ? history.stream().filter(Revision::open).map(Revision::state).findFirst().orElse(null)
                : null;
        var audienceUnits = d.audience().units().stream().map(id -> units.getOrDefault(id, "?")).sorted().toList();
        return new DocumentView(d.id(), d.kind(), d.title(), d.disclosure(), d.version(),
                inForce.revision() == null ? null : inForce.revision().number(),
                inForce.revision() == null ? null : inForce.revision().inForceFrom(), inForce.abolished(), lastDate,
                open, audienceUnits, d.audience().roles(), d.audience().units());
    }
}
