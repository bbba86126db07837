package jp.mamori.policy;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.access.SignedIn;
import jp.mamori.kernel.Decision;
import jp.mamori.organization.SecurityRole;
import jp.mamori.tenant.Tenants;
import jp.mamori.web.FieldProblem;
import jp.mamori.web.Messages;
import jp.mamori.web.RefusedAttempts;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in pages of policy documents: the register (htmx swaps its rows), a document with the text in force
 * and its 改訂履歴, a revision, the clause-by-clause comparison, printable views, and the forms and confirmations of
 * the workflow. Reading needs no permission — what the reader sees is decided by {@link Readership} on every
 * route — drafting needs {@code POLICY_EDIT}, approving {@code POLICY_APPROVE}.
 */
@Controller
@RequestMapping("/policies")
class PolicyController {

    private final PolicyPages pages;
    private final PolicyManagement management;
    private final Readership readership;
    private final Messages messages;
    private final Tenants tenants;
    private final RefusedAttempts refusedAttempts;

    PolicyController(PolicyPages pages, PolicyManagement management, Readership readership, Messages messages,
            Tenants tenants, RefusedAttempts refusedAttempts) {
        this.tenants = tenants;
        this.refusedAttempts = refusedAttempts;
        this.pages = pages;
        this.management = management;
        this.readership = readership;
        this.messages = messages;
    }

    @GetMapping
    @SignedIn
    String register(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var user = CurrentUser.require();
        var documentKind = DocumentForm.parse(DocumentKind.class, kind);
        model.addAttribute("result", pages.register(user, q, documentKind, page, size == null ? PolicyPages.PAGE_SIZE : size));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", documentKind);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("canEdit", user.can(Permission.POLICY_EDIT));
        return htmx != null ? "policy/list :: rows" : "policy/list";
    }

    @GetMapping("/kind/{kind}")
    @SignedIn
    String ofKind(@PathVariable String kind) {
        var documentKind = DocumentForm.parse(DocumentKind.class, kind);
        if (documentKind == null) {
            throw new PolicyNotFound("policy kind " + kind);
        }
        return "redirect:/policies/" + pages.inForceOfKind(CurrentUser.require(), documentKind);
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.POLICY_EDIT)
    String newDocument(Model model) {
        return documentForm(model, DocumentForm.empty(readership.today(CurrentUser.require().tenantId())), null, Map.of(), null);
    }

    @PostMapping
    @RequiresPermission(Permission.POLICY_EDIT)
    String create(@ModelAttribute DocumentForm form, Model model, RedirectAttributes redirect) {
        var errors = form.errors(true);
        if (!errors.isEmpty()) {
            return documentForm(model, form, null, errors, null);
        }
        try {
            var document = management.create(CurrentUser.require(), form.documentKind(), form.title(), form.level(),
                    form.audience(), form.firstRevision());
            messages.flash(redirect, "policy.flash.created");
            return "redirect:/policies/" + document.id();
        } catch (PolicyRefused refused) {
            return documentForm(model, form, null, errors, refused);
        }
    }

    @GetMapping("/{id}")
    @SignedIn
    String document(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("page", pages.document(user, id));
        model.addAttribute("canEdit", user.can(Permission.POLICY_EDIT));
        model.addAttribute("tenantCode", tenants.find(user.tenantId()).map(t -> t.code().value()).orElse(""));
        return "policy/document";
    }

    @GetMapping("/{id}/print")
    @SignedIn
    String print(@PathVariable UUID id, @RequestParam(required = false) UUID revision, Model model) {
        var user = CurrentUser.require();
        var page = pages.document(user, id);
        if (revision != null) {
            var shown = pages.revision(user, id, revision);
            model.addAttribute("revision", shown.revision());
            model.addAttribute("html", shown.html());
        } else {
            model.addAttribute("revision", page.inForce());
            model.addAttribute("html", page.html());
        }
        model.addAttribute("page", page);
        return "policy/print";
    }

    @GetMapping("/{id}/settings")
    @RequiresPermission(Permission.POLICY_EDIT)
    String settings(@PathVariable UUID id, Model model) {
        return documentForm(model, DocumentForm.of(pages.documentView(CurrentUser.require(), id)), id, Map.of(), null);
    }

    @PostMapping("/{id}/settings")
    @RequiresPermission(Permission.POLICY_EDIT)
    String describe(@PathVariable UUID id, @ModelAttribute DocumentForm form, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        pages.documentView(user, id);
        var errors = form.errors(false);
        if (!errors.isEmpty() || form.version() == null) {
            return documentForm(model, form, id, errors, null);
        }
        try {
            management.describe(user, id, form.version(), form.title(), form.level(), form.audience());
        } catch (PolicyRefused refused) {
            return documentForm(model, form, id, errors, refused);
        }
        messages.flash(redirect, "policy.flash.saved");
        return "redirect:/policies/" + id;
    }

    @GetMapping("/{id}/revisions/new")
    @RequiresPermission(Permission.POLICY_EDIT)
    String newRevision(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        return revisionForm(model, pages.documentView(user, id), null,
                RevisionForm.next(readership.today(user.tenantId()), pages.currentText(user, id)), Map.of(), null);
    }

    @PostMapping("/{id}/revisions")
    @RequiresPermission(Permission.POLICY_EDIT)
    String draft(@PathVariable UUID id, @ModelAttribute RevisionForm form, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var document = pages.documentView(user, id);
        var errors = form.errors();
        if (!errors.isEmpty()) {
            return revisionForm(model, document, null, form, errors, null);
        }
        try {
            var revision = management.draft(user, id, form.draft());
            messages.flash(redirect, "policy.flash.drafted");
            return "redirect:/policies/" + id + "/revisions/" + revision.id();
        } catch (PolicyRefused refused) {
            return revisionForm(model, document, null, form, errors, refused);
        }
    }

    /**
     * The text of the revision form as readers will see it: the same {@link PolicyText} pipeline (CommonMark, the
     * allow-list, clause anchors), answered as a fragment for htmx. Nothing is stored. Text longer than a revision
     * may hold is refused with 413 before any parsing, so the endpoint cannot be used to burn CPU.
     */
    @PostMapping("/preview")
    @RequiresPermission(Permission.POLICY_EDIT)
    String preview(@RequestParam(defaultValue = "") String body, Model model, HttpServletResponse response) {
        if (body.length() > Revision.MAX_BODY) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            model.addAttribute("previewError", messages.text("policy.preview.tooLong", Revision.MAX_BODY));
            return "policy/fragments :: preview";
        }
        model.addAttribute("previewHtml", PolicyText.html(body));
        return "policy/fragments :: preview";
    }

    @GetMapping("/{id}/revisions/{revisionId}")
    @SignedIn
    String revision(@PathVariable UUID id, @PathVariable UUID revisionId, Model model) {
        var user = CurrentUser.require();
        var page = pages.revision(user, id, revisionId);
        model.addAttribute("page", page);
        model.addAttribute("canEdit", user.can(Permission.POLICY_EDIT));
        model.addAttribute("canApprove", user.can(Permission.POLICY_APPROVE));
        model.addAttribute("approvalRefusal", reason(page.approval()));
        return "policy/revision";
    }

    @GetMapping("/{id}/revisions/{revisionId}/edit")
    @RequiresPermission(Permission.POLICY_EDIT)
    String editRevision(@PathVariable UUID id, @PathVariable UUID revisionId, Model model) {
        var page = pages.revision(CurrentUser.require(), id, revisionId);
        return revisionForm(model, page.document(), revisionId, RevisionForm.of(page.revision(), page.markdown()),
                Map.of(), null);
    }

    @PostMapping("/{id}/revisions/{revisionId}")
    @RequiresPermission(Permission.POLICY_EDIT)
    String edit(@PathVariable UUID id, @PathVariable UUID revisionId, @ModelAttribute RevisionForm form, Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var document = pages.revision(user, id, revisionId).document();
        var errors = form.errors();
        if (!errors.isEmpty() || form.version() == null) {
            return revisionForm(model, document, revisionId, form, errors, null);
        }
        try {
            management.edit(user, id, revisionId, form.version(), form.draft());
        } catch (PolicyRefused refused) {
            return revisionForm(model, document, revisionId, form, errors, refused);
        }
        messages.flash(redirect, "policy.flash.saved");
        return "redirect:/policies/" + id + "/revisions/" + revisionId;
    }

    @PostMapping("/{id}/revisions/{revisionId}/submit")
    @RequiresPermission(Permission.POLICY_EDIT)
    String submit(@PathVariable UUID id, @PathVariable UUID revisionId, @RequestParam long version,
            RedirectAttributes redirect) {
        management.submit(CurrentUser.require(), id, revisionId, version);
        messages.flash(redirect, "policy.flash.submitted");
        return "redirect:/policies/" + id + "/revisions/" + revisionId;
    }

    @PostMapping("/{id}/revisions/{revisionId}/withdraw")
    @RequiresPermission(Permission.POLICY_EDIT)
    String withdraw(@PathVariable UUID id, @PathVariable UUID revisionId, @RequestParam long version,
            RedirectAttributes redirect) {
        management.withdraw(CurrentUser.require(), id, revisionId, version);
        messages.flash(redirect, "policy.flash.withdrawn");
        return "redirect:/policies/" + id + "/revisions/" + revisionId;
    }

    /** The confirmation step before a decision: approve (with the in-force date) or send back (with a comment). */
    @GetMapping("/{id}/revisions/{revisionId}/decide")
    @RequiresPermission(Permission.POLICY_APPROVE)
    String decide(@PathVariable UUID id, @PathVariable UUID revisionId, @RequestParam(defaultValue = "approve") String action,
            Model model) {
        var page = pages.revision(CurrentUser.require(), id, revisionId);
        var approving = !"sendBack".equals(action);
        return decidePage(model, page, approving ? "approve" : "sendBack",
                approving ? reason(page.approval()) : null, null);
    }

    @PostMapping("/{id}/revisions/{revisionId}/approve")
    @RequiresPermission(Permission.POLICY_APPROVE)
    String approve(@PathVariable UUID id, @PathVariable UUID revisionId, @RequestParam long version,
            @RequestParam(required = false) String inForceFrom, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var user = CurrentUser.require();
        try {
            management.approve(user, id, revisionId, version, RevisionForm.date(inForceFrom));
        } catch (PolicyRefused refused) {
            // back on the confirmation form with the reason and the date typed, not on a bare error page
            refusedAttempts.report(refused);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return decidePage(model, pages.revision(user, id, revisionId), "approve",
                    messages.text(refused.messageKey(), refused.arguments()), inForceFrom);
        }
        messages.flash(redirect, "policy.flash.approved");
        return "redirect:/policies/" + id + "/revisions/" + revisionId;
    }

    @PostMapping("/{id}/revisions/{revisionId}/send-back")
    @RequiresPermission(Permission.POLICY_APPROVE)
    String sendBack(@PathVariable UUID id, @PathVariable UUID revisionId, @RequestParam long version,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        management.sendBack(CurrentUser.require(), id, revisionId, version, comment);
        messages.flash(redirect, "policy.flash.returned");
        return "redirect:/policies/" + id + "/revisions/" + revisionId;
    }

    private String decidePage(Model model, PolicyPages.RevisionPage page, String action, String refusal,
            String inForceFrom) {
        model.addAttribute("page", page);
        model.addAttribute("action", action);
        model.addAttribute("refusal", refusal);
        model.addAttribute("inForceFrom", inForceFrom != null ? inForceFrom : String.valueOf(page.revision().revisionDate()));
        return "policy/decide";
    }

    /** The reason a decision refuses, in the reader's language; null when it allows. */
    private String reason(Decision decision) {
        return decision instanceof Decision.Refusal refusal
                ? messages.text(refusal.messageKey(), refusal.arguments())
                : null;
    }

    @GetMapping("/{id}/diff")
    @SignedIn
    String diff(@PathVariable UUID id, @RequestParam(required = false) UUID from, @RequestParam(required = false) UUID to,
            Model model) {
        model.addAttribute("page", pages.diff(CurrentUser.require(), id, from, to));
        return "policy/diff";
    }

    private String documentForm(Model model, DocumentForm form, UUID id, Map<String, FieldProblem> errors,
            PolicyRefused refused) {
        var user = CurrentUser.require();
        model.addAttribute("form", form);
        model.addAttribute("documentId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("disclosures", Disclosure.values());
        model.addAttribute("units", pages.units(user.tenantId()));
        model.addAttribute("roles", Arrays.asList(SecurityRole.values()));
        refusal(model, refused);
        return "policy/document-form";
    }

    private String revisionForm(Model model, DocumentView document, UUID revisionId, RevisionForm form,
            Map<String, FieldProblem> errors, PolicyRefused refused) {
        model.addAttribute("document", document);
        model.addAttribute("revisionId", revisionId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("revisionKinds", RevisionKind.values());
        model.addAttribute("maxBody", Revision.MAX_BODY);
        refusal(model, refused);
        return "policy/revision-form";
    }

    private void refusal(Model model, PolicyRefused refused) {
        if (refused != null) {
            messages.refusal(model, refused);
        }
    }
}
