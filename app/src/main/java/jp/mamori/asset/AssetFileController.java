package jp.mamori.asset;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.importing.ImportPages;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.Messages;
import jp.mamori.web.TableExport;
import jp.mamori.web.TableExport.ExportFormat;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Export of any filtered list, the import template, and the import with its preview and confirmation. */
@Controller
class AssetFileController {

    private final AssetExport export;
    private final AssetImport imports;
    private final ImportPages pages;
    private final Messages messages;
    private final TenantCalendar calendar;

    AssetFileController(AssetExport export, AssetImport imports, ImportPages pages, Messages messages,
            TenantCalendar calendar) {
        this.export = export;
        this.imports = imports;
        this.pages = pages;
        this.messages = messages;
        this.calendar = calendar;
    }

    @GetMapping("/assets/export.{format:xlsx|csv}")
    @RequiresPermission(Permission.ASSET_VIEW)
    void export(@PathVariable String format, RegisterParameters parameters, HttpServletResponse response)
            throws IOException {
        var user = CurrentUser.require();
        var query = parameters.forExport();
        var exportFormat = ExportFormat.parse(format);
        var date = calendar.today(user.tenantId()).format(DateTimeFormatter.BASIC_ISO_DATE);
        attachment(response, exportFormat, "情報資産台帳_" + date, "assets-" + date);
        export.write(exportFormat, user.tenantId(), query, response.getOutputStream());
    }

    @GetMapping("/assets/import/template.{format:xlsx|csv}")
    @RequiresPermission(Permission.ASSET_EDIT)
    void template(@PathVariable String format, HttpServletResponse response) throws IOException {
        var exportFormat = ExportFormat.parse(format);
        attachment(response, exportFormat, "情報資産台帳_ひな形", "assets-template");
        AssetExport.template(exportFormat, response.getOutputStream());
    }

    @GetMapping("/assets/import")
    @RequiresPermission(Permission.ASSET_EDIT)
    String importPage(Model model) {
        pages.page(imports, model);
        return "asset/import";
    }

    @PostMapping("/assets/import")
    @RequiresPermission(Permission.ASSET_EDIT)
    String preview(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response) {
        pages.preview(imports, file, model, response);
        return "asset/import";
    }

    @PostMapping("/assets/import/confirm")
    @RequiresPermission(Permission.ASSET_EDIT)
    String confirm(@RequestParam(required = false) String upload, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return pages.confirm(imports, upload, model, response).map(plan -> {
            messages.flash(redirect, "asset.flash.imported", plan.getCreated(), plan.getUpdated(), plan.getUnchanged());
            return "redirect:/assets";
        }).orElse("asset/import");
    }

    private static void attachment(HttpServletResponse response, ExportFormat format, String name, String asciiName) {
        response.setContentType(format.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                TableExport.attachment(name + "." + format.extension(), asciiName + "." + format.extension()));
    }
}
