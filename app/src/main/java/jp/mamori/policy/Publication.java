package jp.mamori.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenant;
import jp.mamori.tenant.Tenants;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public page every municipality must publish (amended 地方自治法, from 2026-04-01): the tenant's 公開 documents
 * in force today, each with its text and 改訂履歴 (approved revisions in force today or before; never drafts or
 * revisions still to come). An unknown 団体コード, a document of another tenant, a 庁内 or 関係者限り document, one
 * not yet in force or abolished: all are {@link PolicyNotFound}, the same 404. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
class Publication {

    private final Tenants tenants;
    private final PolicyDocuments documents;
    private final Revisions revisions;
    private final Readership readership;
    private final RenderedText rendered;

    Publication(Tenants tenants, PolicyDocuments documents, Revisions revisions, Readership readership,
            RenderedText rendered) {
        this.rendered = rendered;
        this.tenants = tenants;
        this.documents = documents;
        this.revisions = revisions;
        this.readership = readership;
    }

    record PublishedDocument(UUID id, DocumentKind kind, String title, RevisionView inForce) {
    }

    record Shelf(Tenant tenant, List<PublishedDocument> documents) {
    }

    /** The history oldest first, as the 改訂履歴 at the top of the seed lists it. */
    record PublishedPage(Tenant tenant, PublishedDocument document, String html, List<RevisionView> history) {
    }

    Shelf shelf(String code) {
        var tenant = tenant(code);
        var today = readership.today(tenant.id());
        var history = revisions.allHeads(tenant.id()).stream().collect(Collectors.groupingBy(Revision::documentId));
        var published = new ArrayList<PublishedDocument>();
        for (var document : documents.all(tenant.id())) {
            if (document.disclosure() != Disclosure.PUBLIC) {
                continue;
            }
            var inForce = InForce.on(history.getOrDefault(document.id(), List.of()), today);
            inForce.text().ifPresent(r -> published.add(new PublishedDocument(document.id(), document.kind(),
                    document.title(), RevisionView.of(r, inForce, today))));
        }
        return new Shelf(tenant, published);
    }

    PublishedPage page(String code, UUID documentId) {
        var tenant = tenant(code);
        var document = documents.find(tenant.id(), documentId).filter(d -> d.disclosure() == Disclosure.PUBLIC)
                .orElseThrow(() -> new PolicyNotFound("public policy document " + documentId));
        var today = readership.today(tenant.id());
        var history = revisions.history(tenant.id(), documentId);
        var inForce = InForce.on(history, today);
        var current = inForce.text().flatMap(r -> revisions.find(tenant.id(), r.id()))
                .orElseThrow(() -> new PolicyNotFound("public policy document " + documentId));
        var shown = history.stream().filter(r -> r.approvedBy(today))
                .sorted(Comparator.comparing(Revision::inForceFrom).thenComparing(Revision::number))
                .map(r -> RevisionView.of(r, inForce, today)).toList();
        return new PublishedPage(tenant, new PublishedDocument(document.id(), document.kind(), document.title(),
                RevisionView.of(current, inForce, today)), current.textOnFile() ? rendered.html(current) : null,
                shown);
    }

    private Tenant tenant(String code) {
        try {
            return tenants.findByCode(new LocalGovernmentCode(code))
                    .orElseThrow(() -> new PolicyNotFound("tenant " + code));
        } catch (IllegalArgumentException malformed) {
            throw new PolicyNotFound("tenant " + code);
        }
    }
}
