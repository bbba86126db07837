package jp.mamori.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.SignedIn;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of policy documents: the register (paginated, searchable), one document with the text in force, and its
 * revisions — with the same disclosure rules as the pages: a document the caller may not read is a 404, and absent
 * from the list. JSON DTO records only.
 */
@RestController
@RequestMapping("/api/v1/policies")
class PolicyApiController {

    record DocumentDto(UUID id, String kind, String title, String disclosure, boolean inForce, boolean abolished,
            Integer inForceRevision, LocalDate inForceFrom, LocalDate lastRevisionDate, long version) {
        static DocumentDto of(DocumentView d) {
            return new DocumentDto(d.id(), d.kind().name(), d.title(), d.disclosure().name(), d.inForce(), d.abolished(),
                    d.inForceNumber(), d.inForceFrom(), d.lastRevisionDate(), d.version());
        }
    }

    record DocumentPageDto(List<DocumentDto> items, int page, int size, long total) {
    }

    record RevisionDto(UUID id, int number, String kind, String state, LocalDate revisionDate, LocalDate inForceFrom,
            String summary, boolean textOnFile, String author, String approver, long version) {
        static RevisionDto of(RevisionView r) {
            return new RevisionDto(r.id(), r.number(), r.kind().name(), r.state().name(), r.revisionDate(),
                    r.inForceFrom(), r.summary(), r.textOnFile(), r.author(), r.approver(), r.version());
        }
    }

    /** A document with the revision in force today: its Markdown and its sanitised HTML with clause anchors. */
    record DocumentDetailDto(DocumentDto document, RevisionDto inForce, String markdown, String html) {
    }

    private final PolicyPages pages;

    PolicyApiController(PolicyPages pages) {
        this.pages = pages;
    }

    @GetMapping
    @SignedIn
    DocumentPageDto list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var result = pages.register(CurrentUser.require(), q, DocumentForm.parse(DocumentKind.class, kind), page, size);
        return new DocumentPageDto(result.items().stream().map(DocumentDto::of).toList(), result.page(), result.size(),
                result.total());
    }

    @GetMapping("/{id}")
    @SignedIn
    DocumentDetailDto document(@PathVariable UUID id) {
        var user = CurrentUser.require();
        var page = pages.document(user, id);
        String markdown = null;
        if (page.inForce() != null && page.html() != null) {
            markdown = pages.revision(user, id, page.inForce().id()).markdown();
        }
        return new DocumentDetailDto(DocumentDto.of(page.document()),
                page.inForce() == null ? null : RevisionDto.of(page.inForce()), markdown, page.html());
    }

    @GetMapping("/{id}/revisions")
    @SignedIn
    List<RevisionDto> revisions(@PathVariable UUID id) {
        return pages.history(CurrentUser.require(), id).stream().map(RevisionDto::of).toList();
    }
}
