package jp.mamori.catalog;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.evidence.EvidenceManagement;
import jp.mamori.kernel.EditConflict;
import jp.mamori.web.ImportSheet;
import jp.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import of the statement of applicability: upload → preview (every problem by row and column, or the changes) →
 * confirm. The file waits in the session between preview and confirmation, bound to the tenant, the account, its
 * SHA-256 and the versions of the lines it changes, so that what is confirmed is what was previewed and a line
 * edited by someone else in between refuses the whole import. The template is the statement's own export.
 */
@Controller
class StatementImportController {

    private static final String PENDING = StatementImportController.class.getName() + ".pending";

    /** An upload waiting for confirmation. */
    record PendingImport(UUID tenantId, UUID accountId, String fileName, byte[] content, String sha256,
            HashMap<String, Long> versions) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final StatementImport imports;
    private final Messages messages;

    StatementImportController(StatementImport imports, Messages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/catalog/import")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String page(Model model) {
        model.addAttribute("maxSize", EvidenceManagement.megabytes(StatementImport.MAX_BYTES));
        return "catalog/import";
    }

    @PostMapping("/catalog/import")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model,
            HttpServletResponse response) throws IOException {
        var user = CurrentUser.require();
        var name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        session.removeAttribute(PENDING);
        if (file.isEmpty() || file.getSize() > StatementImport.MAX_BYTES) {
            response.setStatus(422);
            return failure(model, file.isEmpty() ? "catalog.import.empty" : "catalog.import.tooLarge");
        }
        var content = file.getBytes();
        ImportSheet.Sheet sheet;
        try {
            sheet = ImportSheet.read(content, name);
        } catch (ImportSheet.Unreadable e) {
            response.setStatus(422);
            return failure(model, "catalog.import.unreadable");
        }
        var plan = imports.plan(user.tenantId(), sheet);
        if (plan.valid()) {
            var sha256 = ImportSheet.sha256(content);
            session.setAttribute(PENDING, new PendingImport(user.tenantId(), user.accountId(), name, content, sha256,
                    new HashMap<>(plan.versions())));
            model.addAttribute("sha256", sha256);
        }
        return preview(model, plan, name);
    }

    @PostMapping("/catalog/import/confirm")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String confirm(@RequestParam String sha256, HttpSession session, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var pending = session.getAttribute(PENDING) instanceof PendingImport p && p.tenantId().equals(user.tenantId())
                && java.util.Objects.equals(p.accountId(), user.accountId()) && p.sha256().equals(sha256) ? p : null;
        if (pending == null) {
            response.setStatus(409);
            return failure(model, "catalog.import.expired");
        }
        session.removeAttribute(PENDING);
        ImportSheet.Sheet sheet;
        try {
            sheet = ImportSheet.read(pending.content(), pending.fileName());
        } catch (ImportSheet.Unreadable e) {
            return failure(model, "catalog.import.unreadable");
        }
        var plan = imports.plan(user.tenantId(), sheet);
        if (!plan.valid()) {
            response.setStatus(422);
            return preview(model, plan, pending.fileName());
        }
        try {
            plan = imports.apply(user.tenantId(), sheet, pending.versions(), pending.fileName());
        } catch (EditConflict e) {
            response.setStatus(409);
            return failure(model, "catalog.import.conflict");
        }
        messages.flash(redirect, "catalog.import.done", plan.changes().size(), plan.unchanged());
        return "redirect:/catalog";
    }

    private String preview(Model model, StatementImport.Plan plan, String fileName) {
        model.addAttribute("plan", plan);
        model.addAttribute("fileName", fileName);
        model.addAttribute("maxSize", EvidenceManagement.megabytes(StatementImport.MAX_BYTES));
        return "catalog/import";
    }

    private String failure(Model model, String key) {
        model.addAttribute("failure", messages.text(key, EvidenceManagement.megabytes(StatementImport.MAX_BYTES)));
        model.addAttribute("maxSize", EvidenceManagement.megabytes(StatementImport.MAX_BYTES));
        return "catalog/import";
    }
}
