package jp.mamori.correction;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/corrective-actions}: the register as paginated JSON, within the caller's tenant and reach. */
@RestController
@RequestMapping("/api/v1/corrective-actions")
class CorrectionApiController {

    /** One action as the API shows it. */
    record ActionDto(UUID id, String title, CorrectiveActionState state, LocalDate dueDate, UUID ownerUnitId,
            String sourceModule, String sourceType, String sourceId, String sourceLabel, boolean overdue,
            long version) {
    }

    /** One page of the register. */
    record Page(List<ActionDto> items, int page, int size, long total) {
    }

    private final CorrectiveActions actions;
    private final CorrectiveActionRows rows;
    private final TenantCalendar calendar;

    CorrectionApiController(CorrectiveActions actions, CorrectiveActionRows rows, TenantCalendar calendar) {
        this.actions = actions;
        this.rows = rows;
        this.calendar = calendar;
    }

    @GetMapping
    @RequiresPermission(Permission.CORRECTION_VIEW)
    Page list(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
            @RequestParam(required = false) String module, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var user = CurrentUser.require();
        var today = calendar.today(user.tenantId());
        var found = rows.page(user.tenantId(), CorrectiveActionQuery.of(q, state, module, overdue, page, size),
                user.reach(Permission.CORRECTION_VIEW).unitFilter(), today);
        return new Page(found.items().stream().map(a -> dto(a, today)).toList(), found.page(), found.size(),
                found.total());
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.CORRECTION_VIEW)
    ActionDto one(@PathVariable UUID id) {
        var user = CurrentUser.require();
        var action = actions.get(user.tenantId(), id);
        if (!user.can(Permission.CORRECTION_VIEW, action.ownerUnitId())) {
            throw new CorrectiveActionNotFound(id);
        }
        return dto(action, calendar.today(user.tenantId()));
    }

    private static ActionDto dto(CorrectiveAction a, LocalDate today) {
        var s = a.source();
        return new ActionDto(a.id(), a.title(), a.state(), a.dueDate(), a.ownerUnitId(), s.module(), s.objectType(),
                s.objectId(), s.label(), a.overdueOn(today), a.version());
    }
}
