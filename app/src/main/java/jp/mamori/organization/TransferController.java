package jp.mamori.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

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
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import (upload → preview with every problem → confirm, on the import pipeline) and export of units and staff,
 * and the templates.
 */
@Controller
@RequestMapping("/organization")
class TransferController {

    private final OrgImport imports;
    private final OrgExport exports;
    private final ImportPages pages;
    private final Messages messages;
    private final TenantCalendar calendar;

    TransferController(OrgImport imports, ImportPages pages, OrgExport exports, Messages messages,
            TenantCalendar calendar) {
        this.imports = imports;
        this.pages = pages;
        this.exports = exports;
        this.messages = messages;
        this.calendar = calendar;
    }

    @GetMapping("/transfer")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String page(Model model) {
        pages.page(imports.of(OrgImport.Kind.UNITS), model);
        return "organization/transfer";
    }

    @PostMapping("/import")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String upload(@RequestParam OrgImport.Kind kind, @RequestParam("file") MultipartFile file, Model model,
            HttpServletResponse response) {
        pages.preview(imports.of(kind), file, model, response);
        model.addAttribute("kind", kind);
        return "organization/import-preview";
    }

    @PostMapping("/import/confirm")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String confirm(@RequestParam OrgImport.Kind kind, @RequestParam(required = false) String upload, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("kind", kind);
        return pages.confirm(imports.of(kind), upload, model, response).map(result -> {
            messages.flash(redirect, "organization.import.done", result.created(), result.updated(), result.unchanged());
            return kind == OrgImport.Kind.UNITS ? "redirect:/organization/units" : "redirect:/organization/staff";
        }).orElse("organization/import-preview");
    }

    @GetMapping("/export/{what}.{format}")
    @RequiresPermission(Permission.ORGANIZATION_VIEW)
    ResponseEntity<byte[]> export(@PathVariable String what, @PathVariable String format) {
        var user = CurrentUser.require();
        var fmt = format(format);
        var date = calendar.today(CurrentUser.require().tenantId()).format(DateTimeFormatter.BASIC_ISO_DATE);
        return switch (what) {
            case "units" -> file(fmt, "組織一覧_" + date, "org-units-" + date,
                    OrgExport.write(fmt, "組織", OrgColumns.UNITS, exports.unitRows(user.tenantId())));
            case "staff" -> file(fmt, "職員一覧_" + date, "staff-" + date, OrgExport.write(fmt, "職員", OrgColumns.STAFF,
                    exports.staffRows(user.tenantId(), user.reach(Permission.ORGANIZATION_VIEW).unitFilter().orElse(null))));
            default -> throw new UnitNotFound(null);
        };
    }

    @GetMapping("/import/template/{what}.{format}")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    ResponseEntity<byte[]> template(@PathVariable String what, @PathVariable String format) {
        var fmt = format(format);
        return switch (what) {
            case "units" -> file(fmt, "組織取り込み用", "org-units-template",
                    OrgExport.write(fmt, "組織", OrgColumns.UNITS, List.of()));
            case "staff" -> file(fmt, "職員取り込み用", "staff-template",
                    OrgExport.write(fmt, "職員", OrgColumns.STAFF, List.of()));
            default -> throw new UnitNotFound(null);
        };
    }

    private static ExportFormat format(String format) {
        return switch (format) {
            case "xlsx" -> ExportFormat.XLSX;
            case "csv" -> ExportFormat.CSV;
            default -> throw new UnitNotFound(null);
        };
    }

    /** The download with an ASCII fallback name and the Japanese name per RFC 6266 / RFC 5987. */
    static ResponseEntity<byte[]> file(ExportFormat format, String japaneseName, String asciiName, byte[] body) {
        var extension = "." + format.extension();
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, TableExport.attachment(japaneseName + extension, asciiName + extension))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
