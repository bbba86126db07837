package jp.mamori.asset;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.ImportSheet;
import jp.mamori.web.TableExport;
import jp.mamori.web.TableExport.ExportFormat;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;
    private final TenantCalendar calendar;

    AssetFileController(AssetExport export, AssetImport imports, MessageSource messages, TenantCalendar calendar) {
        this.export = export;
        this.imports = imports;
        this.messages = messages;
        this.calendar = calendar;
    }

    @GetMapping("/assets/export.{format:xlsx|csv}")
    @RequiresPermission(Permission.ASSET_VIEW)
    void export(@PathVariable String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String confidentiality, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Boolean disposed, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
        var user = CurrentUser.require();
        var query = RegisterQuery.of(q, unit, zone, confidentiality, kind, disposed, sort, dir, 0, 1);
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
    String importPage() {
        return "asset/import";
    }

    @PostMapping("/assets/import")
    @RequiresPermission(Permission.ASSET_EDIT)
    String preview(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        var user = CurrentUser.require();
        var name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        var content = file.getBytes();
        ImportSheet.Sheet sheet;
        try {
            sheet = ImportSheet.read(content, name);
        } catch (ImportSheet.Unreadable e) {
            model.addAttribute("unreadable", true);
            return "asset/import";
        }
        var plan = imports.plan(user.tenantId(), sheet);
        model.addAttribute("plan", plan);
        model.addAttribute("fileName", name);
        if (plan.valid()) {
            model.addAttribute("uploadId", imports.store(user.tenantId(), user.accountId(), name, content));
        }
        return "asset/import";
    }

    @PostMapping("/assets/import/{uploadId}")
    @RequiresPermission(Permission.ASSET_EDIT)
    String confirm(@PathVariable UUID uploadId, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var upload = imports.upload(user.tenantId(), user.accountId(), uploadId)
                .orElseThrow(() -> new AssetNotFound(uploadId));
        ImportSheet.Sheet sheet;
        try {
            sheet = ImportSheet.read(upload.content(), upload.fileName());
        } catch (ImportSheet.Unreadable e) {
            throw new AssetRefused("asset.refused.importExpired");
        }
        var plan = imports.plan(user.tenantId(), sheet);
        if (!plan.valid()) {
            model.addAttribute("plan", plan);
            model.addAttribute("fileName", upload.fileName());
            return "asset/import";
        }
        plan = imports.apply(user.tenantId(), sheet, upload.fileName());
        imports.discard(user.tenantId(), uploadId);
        redirect.addFlashAttribute("flash", messages.getMessage("asset.flash.imported",
                new Object[] {plan.getCreated(), plan.getUpdated(), plan.getUnchanged()}, LocaleContextHolder.getLocale()));
        return "redirect:/assets";
    }

    private static void attachment(HttpServletResponse response, ExportFormat format, String name, String asciiName) {
        response.setContentType(format.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                TableExport.attachment(name + "." + format.extension(), asciiName + "." + format.extension()));
    }
}
