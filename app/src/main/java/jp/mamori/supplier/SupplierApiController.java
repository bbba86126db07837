package jp.mamori.supplier;

import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.finding.Finding;
import jp.mamori.web.ResultPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the registers (read): each register's rows as the page lists them (same search, findings filter and
 * paging, within the caller's reach), and the module's findings. JSON DTO records only.
 */
@RestController
@RequestMapping("/api/v1/suppliers")
class SupplierApiController {

    record RowDto(String href, List<String> cells, int findings) {
    }

    record RegisterDto(String register, List<String> columns, List<RowDto> items, int page, int size, long total) {
    }

    record FindingDto(String ruleId, String basis, String severity, String objectType, String objectId, String label,
            String messageKey, List<String> arguments) {
        static FindingDto of(Finding f) {
            return new FindingDto(f.ruleId(), f.basis(), f.severity().name(), f.subject().objectType(),
                    f.subject().objectId(), f.subject().label(), f.messageKey(), f.arguments());
        }
    }

    private final SupplierPages pages;
    private final SupplierManagement management;

    SupplierApiController(SupplierPages pages, SupplierManagement management) {
        this.pages = pages;
        this.management = management;
    }

    @GetMapping("/{register:contractors|contracts|cloud|social}")
    @RequiresPermission(Permission.SUPPLIER_VIEW)
    RegisterDto list(@PathVariable String register, @RequestParam(required = false) String q,
            @RequestParam(required = false) String only, @RequestParam(required = false) Integer page) {
        var chosen = SupplierRegister.of(register);
        var result = pages.page(CurrentUser.require().tenantId(), chosen, q, "findings".equals(only),
                ResultPage.clampPage(page));
        return new RegisterDto(chosen.path(), SupplierPages.headers(chosen).stream()
                .map(h -> h.substring("supplier.column.".length())).toList(),
                result.items().stream().map(r -> new RowDto(r.href(), r.cells(), r.findings())).toList(),
                result.page(), result.size(), result.total());
    }

    /** The findings about the objects the caller sees. */
    @GetMapping("/findings")
    @RequiresPermission(Permission.SUPPLIER_VIEW)
    List<FindingDto> findings() {
        var tenantId = CurrentUser.require().tenantId();
        var visible = new java.util.HashSet<String>();
        management.contractors(tenantId).forEach(c -> visible.add(c.id().toString()));
        management.contracts(tenantId).forEach(c -> visible.add(c.id().toString()));
        management.clouds(tenantId).forEach(c -> visible.add(c.id().toString()));
        management.socials(tenantId).forEach(c -> visible.add(c.id().toString()));
        return management.findings(tenantId).stream().filter(f -> visible.contains(f.subject().objectId()))
                .map(FindingDto::of).toList();
    }

}
