package jp.mamori.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.tenant.Tenants;
import jp.mamori.web.Messages;
import jp.mamori.web.TableExport;
import jp.mamori.web.Wareki;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The coverage view (a stacked-bar chart and the same figures as tables), the committee's XLSX report, and the
 * export of the statement of applicability as CSV or XLSX.
 */
@Controller
class CoverageController {

    private final StatementOfApplicability statement;
    private final StatementExport export;
    private final MeasureCatalogue catalogue;
    private final MeasureEvidence evidence;
    private final Tenants tenants;
    private final Wording wording;
    private final Wareki wareki;
    private final TenantCalendar calendar;
    private final Messages messages;

    CoverageController(StatementOfApplicability statement, StatementExport export, MeasureCatalogue catalogue,
            MeasureEvidence evidence, Tenants tenants, Wording wording, Wareki wareki,
            TenantCalendar calendar, Messages messages) {
        this.statement = statement;
        this.export = export;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.tenants = tenants;
        this.wording = wording;
        this.wareki = wareki;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/catalog/coverage")
    @RequiresPermission(Permission.CATALOG_VIEW)
    String coverage(Model model) {
        var user = CurrentUser.require();
        var coverage = statement.coverage(user.tenantId());
        var english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        var withTotal = new ArrayList<>(coverage.chapters());
        withTotal.add(coverage.total());
        model.addAttribute("coverage", coverage);
        model.addAttribute("chapterSvg", drawing("chapters", CoverageChart.of(withTotal, english)));
        model.addAttribute("clauseSvg", drawing("clauses", CoverageChart.of(coverage.seedClauses(), english)));
        model.addAttribute("parts", CoverageChart.Part.values());
        model.addAttribute("english", english);
        model.addAttribute("canEdit", user.can(Permission.CATALOG_EDIT));
        return "catalog/coverage";
    }

    private String drawing(String view, CoverageChart chart) {
        return chart.svg(view, messages.text("catalog.coverage." + view),
                messages.text("catalog.coverage.chartDesc"), part -> messages.text("catalog.status." + part.name()));
    }

    @GetMapping("/catalog/coverage.xlsx")
    @RequiresPermission(Permission.CATALOG_VIEW)
    ResponseEntity<StreamingResponseBody> report() {
        var tenantId = CurrentUser.require().tenantId();
        var tenantName = tenants.find(tenantId).map(t -> t.name()).orElse("");
        var today = calendar.today(tenantId);
        var subject = new CoverageReport.Subject(tenantName, today, calendar.zone(tenantId), catalogue.current(),
                statement.coverage(tenantId),
                statement.entries(tenantId), evidence.counts(tenantId), statement.units(tenantId));
        return TableExport.download(TableExport.ExportFormat.XLSX,
                "対策基準_実施状況_" + today.format(DateTimeFormatter.BASIC_ISO_DATE),
                "measures-coverage-" + today.format(DateTimeFormatter.BASIC_ISO_DATE),
                out -> CoverageReport.write(subject, wording, wareki, out));
    }

    @GetMapping("/catalog/statement.{format:xlsx|csv}")
    @RequiresPermission(Permission.CATALOG_VIEW)
    ResponseEntity<StreamingResponseBody> statement(@PathVariable String format) {
        var tenantId = CurrentUser.require().tenantId();
        var exportFormat = TableExport.ExportFormat.parse(format);
        List<List<Object>> rows = export.rows(tenantId);
        var today = calendar.today(tenantId).format(DateTimeFormatter.BASIC_ISO_DATE);
        return TableExport.download(exportFormat, "適用宣言書_" + today, "statement-of-applicability-" + today,
                out -> StatementExport.TABLE.write(exportFormat, rows.stream(), out));
    }
}
