package jp.mamori.organization;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.importing.ImportPages;
import jp.mamori.importing.Imports;
import jp.mamori.web.Messages;
import jp.mamori.web.TableExport.ExportFormat;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * 人事異動: upload the change list (or, in the demo town, take the list it keeps ready), see the preview — moves,
 * joiners, leavers, access changes, vacancy warnings, required courses — and apply it all at once.
 */
@Controller
@RequestMapping("/organization/personnel")
class PersonnelController {

    private final PersonnelChanges changes;
    private final ImportPages pages;
    private final Imports imports;
    private final Messages messages;
    private final JdbcClient jdbc;

    PersonnelController(PersonnelChanges changes, ImportPages pages, Imports imports, Messages messages,
            JdbcClient jdbc) {
        this.changes = changes;
        this.pages = pages;
        this.imports = imports;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @GetMapping
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String page(Model model) {
        var user = CurrentUser.require();
        pages.page(changes, model);
        model.addAttribute("sample", sampleName(user.tenantId()));
        return "organization/personnel";
    }

    @PostMapping
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String upload(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response) {
        pages.preview(changes, file, model, response);
        model.addAttribute("sample", sampleName(CurrentUser.require().tenantId()));
        return "organization/personnel";
    }

    @PostMapping("/sample")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String sample(Model model) {
        var user = CurrentUser.require();
        record Sample(String fileName, byte[] content) {
        }
        var sample = jdbc.sql("SELECT file_name, content FROM personnel_sample WHERE tenant_id = ?")
                .param(user.tenantId()).query((rs, n) -> new Sample(rs.getString(1), rs.getBytes(2))).optional()
                .orElseThrow(() -> new StaffNotFound(null));
        pages.page(changes, model);
        var preview = imports.preview(changes, user.tenantId(), user.accountId(), sample.fileName(), sample.content());
        model.addAttribute("preview", preview);
        model.addAttribute("plan", preview.plan());
        model.addAttribute("fileName", preview.fileName());
        if (preview.uploadId() != null) {
            model.addAttribute("uploadId", preview.uploadId());
        }
        model.addAttribute("sample", sample.fileName());
        return "organization/personnel";
    }

    @PostMapping("/confirm")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String confirm(@RequestParam(required = false) String upload, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return pages.confirm(changes, upload, model, response).map(plan -> {
            messages.flash(redirect, "organization.personnel.applied", plan.transfers(), plan.joiners(), plan.leavers(),
                    plan.access().stream().filter(PersonnelChanges.AccessChange::starts).count());
            return "redirect:/organization/chart";
        }).orElse("organization/personnel");
    }

    @GetMapping("/template.{format}")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    ResponseEntity<byte[]> template(@PathVariable String format) {
        var fmt = switch (format) {
            case "xlsx" -> ExportFormat.XLSX;
            case "csv" -> ExportFormat.CSV;
            default -> throw new UnitNotFound(null);
        };
        return TransferController.file(fmt, "人事異動取り込み用", "personnel-template",
                OrgExport.write(fmt, "人事異動", PersonnelChanges.COLUMNS, List.of()));
    }

    private String sampleName(UUID tenantId) {
        return jdbc.sql("SELECT file_name FROM personnel_sample WHERE tenant_id = ?").param(tenantId)
                .query(String.class).optional().orElse(null);
    }
}
