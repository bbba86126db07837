package jp.mamori.correction;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiConsumer;

import jp.mamori.access.Actor;
import jp.mamori.kernel.EditConflict;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API: risk, incidents, inspection and audit open corrective actions here, and their owners record
 * progress, complete them, and someone else verifies them. Each step runs in one transaction with exactly one trail
 * entry; a stale version is an {@link jp.mamori.kernel.EditConflict} (409), a refused step a
 * {@link CorrectionRefused} (422). The business date is the tenant's ({@link TenantCalendar}). Thread-safe.
 */
@Service
@Transactional
public class CorrectiveActions {

    private final CorrectiveActionRows rows;
    private final TenantCalendar calendar;
    private final Trail trail;

    CorrectiveActions(CorrectiveActionRows rows, TenantCalendar calendar, Trail trail) {
        this.rows = rows;
        this.calendar = calendar;
        this.trail = trail;
    }

    /** Opens an action for {@code source}, owned by a unit and due on a business date; returns its id. */
    public UUID open(UUID tenantId, CorrectiveActionSource source, String title, UUID ownerUnitId, LocalDate due) {
        var action = CorrectiveAction.open(tenantId, source, title, ownerUnitId, due, calendar.today(tenantId));
        rows.insert(action);
        record(action, "opened", "改善措置を登録: " + action.title() + "（期限 " + due + "、発端 " + source.module() + " "
                + source.label() + "）");
        return action.id();
    }

    /** The actions a module opened from one of its objects (an incident's tasks, an audit finding's actions). */
    @Transactional(readOnly = true)
    public java.util.List<CorrectiveAction> fromSource(UUID tenantId, String module, String sourceId) {
        return rows.fromSource(tenantId, module, sourceId);
    }

    @Transactional(readOnly = true)
    public CorrectiveAction get(UUID tenantId, UUID id) {
        return rows.find(tenantId, id).orElseThrow(() -> new CorrectiveActionNotFound(id));
    }

    public void recordProgress(UUID tenantId, UUID id, long version, String note) {
        step(tenantId, id, version, (action, actor) -> action.recordProgress(calendar.now(), by(actor), actor.name(),
                note), "progressed", "改善措置の経過を記録: ");
    }

    public void complete(UUID tenantId, UUID id, long version, String whatWasDone) {
        step(tenantId, id, version, (action, actor) -> action.complete(calendar.now(), by(actor), actor.name(),
                whatWasDone), "completed", "改善措置を完了: ");
    }

    /** Records the verification; the one who completed the action is refused with the reason. */
    public void verify(UUID tenantId, UUID id, long version, boolean effective, String reason) {
        step(tenantId, id, version, (action, actor) -> action.verify(calendar.now(), by(actor), actor.name(),
                effective, reason), effective ? "verified" : "reopened",
                effective ? "改善措置の有効性を確認: " : "改善措置の確認で不十分とし差し戻し: ");
    }

    /** How many of the tenant's actions are past their due date and not done, on the tenant's business date. */
    @Transactional(readOnly = true)
    public long overdue(UUID tenantId) {
        return rows.overdue(tenantId, calendar.today(tenantId));
    }

    private CorrectiveAction load(UUID tenantId, UUID id, long version) {
        var action = get(tenantId, id);
        if (action.version() != version) {
            throw new EditConflict("corrective action " + id + " is at version " + action.version());
        }
        return action;
    }

    /** One step on a stored action: load at the version the user saw, change, store with its new notes, trail. */
    private void step(UUID tenantId, UUID id, long version, BiConsumer<CorrectiveAction, Actor> change, String verb,
            String summary) {
        var action = load(tenantId, id, version);
        int before = action.notes().size();
        change.accept(action, Actor.current());
        rows.update(action, before);
        record(action, verb, summary + action.title());
    }

    private void record(CorrectiveAction action, String verb, String summary) {
        trail.record(action.tenantId(), "correction.action." + verb, "CorrectiveAction", action.id().toString(),
                summary);
    }

    private static String by(Actor actor) {
        return actor.kind() + ":" + actor.id();
    }
}
