package jp.mamori.catalog;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.importing.ImportPages;
import jp.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import of the statement of applicability on the import pipeline: upload → preview (every problem by row and
 * column, or the changes) → confirm; a line edited by someone else in between refuses the whole import. The
 * template is the statement's own export.
 */
@Controller
class StatementImportController {

    private final StatementImport imports;
    private final ImportPages pages;
    private final Messages messages;

    StatementImportController(StatementImport imports, ImportPages pages, Messages messages) {
        this.imports = imports;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/catalog/import")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String page(Model model) {
        pages.page(imports, model);
        return "catalog/import";
    }

    @PostMapping("/catalog/import")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String preview(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response) {
        pages.preview(imports, file, model, response);
        return "catalog/import";
    }

    @PostMapping("/catalog/import/confirm")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String confirm(@RequestParam(required = false) String upload, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return pages.confirm(imports, upload, model, response).map(plan -> {
            messages.flash(redirect, "catalog.import.done", plan.changes().size(), plan.unchanged());
            return "redirect:/catalog";
        }).orElse("catalog/import");
    }
}
