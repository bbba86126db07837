package jp.mamori.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.SignedIn;
import jp.mamori.web.Messages;
import jp.mamori.web.TableExport;
import jp.mamori.web.TableExport.ExportFormat;
import jp.mamori.web.Wareki;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The register and a document's revision history as XLSX or CSV, through {@link TableExport}. The rows are read on
 * the request thread, with the reader's disclosure rules, before the file streams out.
 */
@Controller
@RequestMapping("/policies")
class PolicyExportController {

    private final PolicyPages pages;
    private final Messages messages;
    private final Wareki wareki;

    PolicyExportController(PolicyPages pages, Messages messages, Wareki wareki) {
        this.pages = pages;
        this.messages = messages;
        this.wareki = wareki;
    }

    @GetMapping("/export.{format}")
    @SignedIn
    ResponseEntity<StreamingResponseBody> register(@PathVariable String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind) {
        var exportFormat = ExportFormat.parse(format);
        var rows = pages.views(CurrentUser.require(), q, DocumentForm.parse(DocumentKind.class, kind));
        var table = TableExport.<DocumentView>of(messages.text("policy.export.registerSheet"),
                List.of(messages.text("policy.field.kind"), messages.text("policy.field.title"), messages.text("policy.field.disclosure"),
                        messages.text("policy.field.status"), messages.text("policy.field.inForceFrom"), messages.text("policy.field.lastRevision"),
                        messages.text("policy.field.audience")),
                d -> cells(d.kind() == null ? null : messages.text("policy.kind." + d.kind().name()), d.title(),
                        messages.text("policy.disclosure." + d.disclosure().name()), status(d), wareki.both(d.inForceFrom()),
                        wareki.both(d.lastRevisionDate()), audience(d)));
        return TableExport.download(exportFormat, messages.text("policy.export.registerFile"), "policy-register",
                out -> table.write(exportFormat, rows.stream(), out));
    }

    @GetMapping("/{id}/revisions/export.{format}")
    @SignedIn
    ResponseEntity<StreamingResponseBody> history(@PathVariable UUID id, @PathVariable String format) {
        var exportFormat = ExportFormat.parse(format);
        var user = CurrentUser.require();
        var document = pages.documentView(user, id);
        var rows = pages.history(user, id);
        var table = TableExport.<RevisionView>of(messages.text("policy.export.historySheet"),
                List.of(messages.text("policy.field.number"), messages.text("policy.field.revisionDate"), messages.text("policy.field.revisionKind"),
                        messages.text("policy.field.summary"), messages.text("policy.field.state"), messages.text("policy.field.inForceFrom"),
                        messages.text("policy.field.author"), messages.text("policy.field.approver")),
                r -> cells(r.number(), wareki.both(r.revisionDate()), messages.text("policy.revisionKind." + r.kind().name()),
                        r.summary(), messages.text("policy.state." + r.state().name()), wareki.both(r.inForceFrom()), r.author(),
                        r.approver()));
        return TableExport.download(exportFormat, document.title() + "_" + messages.text("policy.history.title"),
                "policy-revisions", out -> table.write(exportFormat, rows.stream(), out));
    }

    private String status(DocumentView d) {
        if (d.abolished()) {
            return messages.text("policy.status.abolished");
        }
        return d.inForce() ? messages.text("policy.status.inForce") : messages.text("policy.status.notYet");
    }

    private String audience(DocumentView d) {
        var names = new ArrayList<String>(d.audienceUnits());
        d.audienceRoles().forEach(role -> names.add(messages.text("organization.role." + role.name())));
        return String.join("、", names);
    }

    private static List<?> cells(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
