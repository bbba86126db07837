package jp.mamori.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.web.ResultPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/org-units} and {@code /api/v1/staff}: paginated JSON of the caller's tenant (and reach). */
@RestController
@RequestMapping("/api/v1")
@RequiresPermission(Permission.ORGANIZATION_VIEW)
class OrganizationApi {

    /** One page of a list. */
    record Page<T>(List<T> items, int page, int size, long total) {
    }

    record OrgUnitDto(UUID id, String code, String name, String nameKana, OrgUnitCategory category,
            OrgUnitLevel level, UUID parentId, boolean active) {
    }

    record StaffDto(UUID id, String staffNumber, String name, String nameKana, StaffKind kind, UUID unitId,
            String email, LocalDate activeFrom, LocalDate activeTo) {
    }

    private final OrgUnits units;
    private final StaffRegister register;

    OrganizationApi(OrgUnits units, StaffRegister register) {
        this.units = units;
        this.register = register;
    }

    @GetMapping("/org-units")
    Page<OrgUnitDto> units(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var tree = units.tree(CurrentUser.require().tenantId());
        var all = tree.nodes().stream().map(OrgTree.Node::unit)
                .map(u -> new OrgUnitDto(u.id(), u.code(), u.name(), u.nameKana(), u.category(), u.level(), u.parentId(),
                        u.active()))
                .toList();
        int n = ResultPage.clampPage(page);
        int s = ResultPage.clampSize(size);
        int from = (int) Math.min(all.size(), (long) n * s);
        return new Page<>(all.subList(from, Math.min(all.size(), from + s)), n, s, all.size());
    }

    @GetMapping("/staff")
    Page<StaffDto> staff(@RequestParam(required = false) String q, @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var user = CurrentUser.require();
        var filter = unit == null ? null : units.tree(user.tenantId()).descendantsOf(unit);
        var found = register.search(user.tenantId(), q, user.reach(Permission.ORGANIZATION_VIEW).unitFilter().orElse(null), filter,
                ResultPage.clampPage(page), ResultPage.clampSize(size));
        return new Page<>(found.items().stream()
                .map(s -> new StaffDto(s.id(), s.staffNumber(), s.name(), s.nameKana(), s.kind(), s.unitId(), s.email(),
                        s.activeFrom(), s.activeTo()))
                .toList(), found.page(), found.size(), found.total());
    }
}
