package jp.mamori.incident;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import jp.mamori.access.Actor;
import jp.mamori.correction.CorrectiveActionSource;
import jp.mamori.correction.CorrectiveActions;
import jp.mamori.kernel.EditConflict;
import jp.mamori.kernel.TenantId;
import jp.mamori.notification.MailRefused;
import jp.mamori.notification.OutgoingMail;
import jp.mamori.notification.Outbox;
import jp.mamori.organization.Organization;
import jp.mamori.organization.SecurityRole;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;
import jp.mamori.web.BaseUrl;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API: a member of staff reports an incident, the CSIRT triages it, moves it through its states,
 * corrects its facts (which re-derives the obligations), records each report as sent and closes it with a
 * recurrence-prevention corrective action. Each step is one transaction with its trail entry; a stale version is
 * an {@link EditConflict} (409). Thread-safe.
 */
@Service
@Transactional
public class Incidents {

    static final String TYPE = "Incident";

    private final IncidentRows rows;
    private final TenantCalendar calendar;
    private final Trail trail;
    private final Outbox outbox;
    private final StaffDirectory directory;
    private final Organization organization;
    private final CorrectiveActions corrections;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final BaseUrl baseUrl;
    private final IncidentSettingsRows settingsRows;

    Incidents(IncidentRows rows, TenantCalendar calendar, Trail trail, Outbox outbox, StaffDirectory directory,
            Organization organization, CorrectiveActions corrections, ApplicationEventPublisher events,
            MessageSource messages, BaseUrl baseUrl, IncidentSettingsRows settingsRows) {
        this.settingsRows = settingsRows;
        this.rows = rows;
        this.calendar = calendar;
        this.trail = trail;
        this.outbox = outbox;
        this.directory = directory;
        this.organization = organization;
        this.corrections = corrections;
        this.events = events;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** A report by the signed-in member of staff; every CSIRT member gets a mail with a link and no detail. */
    public UUID report(UUID tenantId, UUID unitId, String contact, String onBehalfOf, IncidentFacts facts) {
        var actor = Actor.current();
        var incident = Incident.report(tenantId, unitId, by(actor), actor.name(), contact, onBehalfOf, facts,
                calendar.now(), rules(tenantId));
        rows.insert(incident);
        record(incident, "reported", "インシデントを報告: " + facts.title() + obligationsLine(incident));
        notifyCsirt(incident);
        return incident.id();
    }

    @Transactional(readOnly = true)
    public Incident get(UUID tenantId, UUID id) {
        return rows.find(tenantId, id).orElseThrow(() -> new IncidentNotFound(id));
    }

    public void triage(UUID tenantId, UUID id, long version, String severity) {
        if (severity != null && !severity.isBlank() && !settings(tenantId).severityLevels().contains(severity.strip())) {
            throw new IncidentRefused("incident.refused.severityNotInScale", severity.strip(),
                    String.join("・", settings(tenantId).severityLevels()));
        }
        step(tenantId, id, version, i -> i.triage(severity), "triaged", i -> "受付（重大度 " + i.severity() + "）");
    }

    public void advance(UUID tenantId, UUID id, long version, IncidentState to) {
        step(tenantId, id, version, i -> i.advance(to), "advanced",
                i -> "状態を「" + label("incident.state." + to.name()) + "」に進めた");
        if (to == IncidentState.CONTAINED) {
            rows.markContained(tenantId, id, calendar.now());
        }
    }

    public void correct(UUID tenantId, UUID id, long version, IncidentFacts facts) {
        var change = new String[1];
        step(tenantId, id, version, i -> change[0] = i.correct(facts, rules(tenantId)), "corrected",
                i -> "事実を訂正（人数 " + i.facts().peopleAffected() + "）"
                        + (change[0].isEmpty() ? "、報告義務に変更なし" : "、報告義務を再判定: " + change[0]));
    }

    public void recordSent(UUID tenantId, UUID id, long version, ReportingBody body, ReportStage stage, String note) {
        var actor = Actor.current();
        step(tenantId, id, version, i -> i.recordSent(body, stage, calendar.now(), by(actor), note), "sent",
                i -> label("incident.body." + body.name()) + " への"
                        + (stage == ReportStage.PRELIMINARY ? "速報" : "確報") + "を送付済みと記録: " + note);
    }

    /** Closes the incident and opens its recurrence prevention as a corrective action owned by the incident's unit. */
    public UUID close(UUID tenantId, UUID id, long version, String cause, String prevention, UUID ownerUnitId,
            java.time.LocalDate due) {
        var incident = load(tenantId, id, version);
        incident.close(cause, prevention, calendar.now());
        rows.update(incident);
        var unit = ownerUnitId != null ? ownerUnitId : incident.unitId();
        if (unit == null || due == null) {
            throw new IncidentRefused("incident.refused.preventionOwner");
        }
        var action = corrections.open(tenantId, new CorrectiveActionSource("incident", TYPE, id.toString(),
                incident.facts().title()), truncate("再発防止: " + incident.prevention(), 200), unit, due);
        record(incident, "closed", "完了（原因: " + incident.cause() + "、再発防止の改善措置 " + action + "）");
        events.publishEvent(new IncidentClosed(tenantId, id, incident.facts().title(), incident.unitId(),
                incident.cause(), incident.prevention()));
        return action;
    }

    /** The tenant's severity scale and deadlines, or the defaults while it has saved none. */
    @Transactional(readOnly = true)
    public IncidentSettings settings(UUID tenantId) {
        return settingsRows.find(tenantId).orElse(IncidentSettings.DEFAULTS);
    }

    /**
     * Saves the tenant's settings read at {@code version}. New deadlines apply to reports from now on and whenever
     * an incident's facts are corrected; obligations already derived keep their dates until then.
     */
    public void saveSettings(UUID tenantId, long version, String scale, Integer preliminaryDays, Integer finalDays,
            Integer finalDaysMalice) {
        var settings = new IncidentSettings(IncidentSettings.parseLevels(scale),
                IncidentSettings.deadlines(preliminaryDays, finalDays, finalDaysMalice), version);
        settingsRows.save(tenantId, version, settings);
        var d = settings.deadlines();
        trail.record(tenantId, "incident.settingsChanged", "IncidentSettings", tenantId.toString(),
                "インシデントの設定を変更（重大度: " + String.join("・", settings.severityLevels()) + "、速報 "
                        + d.preliminaryDays() + " 日、確報 " + d.finalDays() + " 日、悪意の疑いがあるとき "
                        + d.finalDaysMalice() + " 日）");
    }

    private ReportingRules rules(UUID tenantId) {
        return new ReportingRules(settings(tenantId).deadlines());
    }

    /** An action taken or a decision made, on the incident's timeline (the trail), in the handler's words. */
    public void addNote(UUID tenantId, UUID id, String kind, String text) {
        var note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > 2000) {
            throw new IncidentRefused("incident.refused.noteRequired");
        }
        var incident = get(tenantId, id);
        record(incident, "noted", ("decision".equals(kind) ? "判断: " : "対応: ") + note);
    }

    /** A task of the handling with an owning unit and a due date, kept as a corrective action of the incident. */
    public UUID openTask(UUID tenantId, UUID id, String title, UUID ownerUnitId, java.time.LocalDate due) {
        var incident = get(tenantId, id);
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IncidentRefused("incident.refused.taskTitle");
        }
        if (ownerUnitId == null || due == null || due.isBefore(calendar.today(tenantId))) {
            throw new IncidentRefused("incident.refused.taskOwnerDue");
        }
        var task = corrections.open(tenantId, new CorrectiveActionSource("incident", TYPE, id.toString(),
                incident.facts().title()), title.strip(), ownerUnitId, due);
        record(incident, "taskOpened", "対応タスクを登録: " + title.strip() + "（期限 " + due + "）");
        return task;
    }

    /**
     * Escalates up the chain: every holder of that step's roles with a mail address is told through the outbox,
     * with a link and nothing of what happened. Returns how many were told; none is refused with the reason, so the
     * handler knows to call instead.
     */
    public int escalate(UUID tenantId, UUID id, Escalation step) {
        var incident = get(tenantId, id);
        var today = calendar.today(tenantId);
        var tenant = TenantId.of(tenantId);
        var holders = new java.util.ArrayList<jp.mamori.organization.RoleHolder>();
        switch (step) {
            case MANAGER -> {
                if (incident.unitId() != null) {
                    holders.addAll(directory.holders(tenant, SecurityRole.SECTION_SECURITY_MANAGER,
                            jp.mamori.kernel.UnitId.of(incident.unitId()), today));
                }
            }
            case OFFICER -> {
                for (var officer : directory.holders(tenant, SecurityRole.DEPARTMENT_SECURITY_OFFICER, null, today)) {
                    if (incident.unitId() != null && officer.unitId() != null && organization
                            .unitWithDescendants(tenantId, officer.unitId().value()).contains(incident.unitId())) {
                        holders.add(officer);
                    }
                }
                holders.addAll(directory.holders(tenant, SecurityRole.GENERAL_SECURITY_OFFICER, null, today));
            }
            case CISO -> {
                holders.addAll(directory.holders(tenant, SecurityRole.CISO, null, today));
                holders.addAll(directory.holders(tenant, SecurityRole.DEPUTY_CISO, null, today));
            }
        }
        var link = baseUrl.value() + "/incidents/" + id;
        int told = 0;
        for (var holder : holders) {
            var staff = organization.staffMember(tenantId, holder.staffId().value()).orElse(null);
            if (staff == null || staff.email() == null || staff.email().isBlank()) {
                continue;
            }
            try {
                outbox.enqueue(new OutgoingMail(tenantId, staff.email().strip(),
                        messages.getMessage("incident.escalation.subject", null, Locale.JAPANESE),
                        messages.getMessage("incident.escalation.body", new Object[] {holder.name(), link},
                                Locale.JAPANESE),
                        "incident:" + id + ":escalated:" + step + ":" + holder.staffId().value(), "インシデントの報告（上申）"));
                told++;
            } catch (MailRefused invalidAddress) {
                // Skipped; the others are still told, and the count says how many were.
            }
        }
        if (told == 0) {
            throw new IncidentRefused("incident.refused.nobodyToEscalateTo",
                    label("incident.escalation." + step.name()));
        }
        record(incident, "escalated", "上申: " + label("incident.escalation." + step.name()) + "（" + told + " 人に通知）");
        return told;
    }

    /** Records which parts of the 緊急時対応計画 were used and what should change in it. */
    public void recordPlanReview(UUID tenantId, UUID id, long version, String partsUsed, String changes) {
        var parts = partsUsed == null ? "" : partsUsed.strip();
        var change = changes == null ? "" : changes.strip();
        if (parts.length() > 2000 || change.length() > 4000) {
            throw new IncidentRefused("incident.refused.tooLong");
        }
        var incident = get(tenantId, id);
        rows.recordPlanReview(tenantId, id, version, parts, change, calendar.now());
        record(incident, "planReviewed", "緊急時対応計画の振り返りを記録（使った部分: " + (parts.isEmpty() ? "なし" : parts)
                + (change.isEmpty() ? "、変更の提案なし）" : "、変更の提案: " + change + "）"));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<PlanReview> planReview(UUID tenantId, UUID id) {
        return rows.planReview(tenantId, id);
    }

    /**
     * For the policy-review dossier: the incidents whose plan review, recorded in the period, asks for a change of
     * the 緊急時対応計画.
     */
    @Transactional(readOnly = true)
    public java.util.List<PlanReview> planChanges(UUID tenantId, java.time.LocalDate from, java.time.LocalDate to) {
        return rows.planChangesBetween(tenantId, calendar.startOf(tenantId, from),
                calendar.startOf(tenantId, to.plusDays(1)));
    }

    @Transactional(readOnly = true)
    public long reportsDue(UUID tenantId) {
        return rows.reportsDue(tenantId, calendar.today(tenantId).plusDays(1));
    }

    private void step(UUID tenantId, UUID id, long version, Consumer<Incident> change, String verb,
            java.util.function.Function<Incident, String> summary) {
        var incident = load(tenantId, id, version);
        change.accept(incident);
        rows.update(incident);
        record(incident, verb, summary.apply(incident));
    }

    private Incident load(UUID tenantId, UUID id, long version) {
        var incident = get(tenantId, id);
        if (incident.version() != version) {
            throw new EditConflict("incident " + id + " is at version " + incident.version());
        }
        return incident;
    }

    private void notifyCsirt(Incident incident) {
        var today = calendar.today(incident.tenantId());
        var link = baseUrl.value() + "/incidents/" + incident.id();
        for (var holder : directory.holders(TenantId.of(incident.tenantId()), SecurityRole.CSIRT_MEMBER, null, today)) {
            var staff = organization.staffMember(incident.tenantId(), holder.staffId().value()).orElse(null);
            if (staff == null || staff.email() == null || staff.email().isBlank()) {
                continue;
            }
            try {
                var ja = Locale.JAPANESE;
                outbox.enqueue(new OutgoingMail(incident.tenantId(), staff.email().strip(),
                        messages.getMessage("incident.mail.subject", null, ja),
                        messages.getMessage("incident.mail.body", new Object[] {holder.name(), link}, ja),
                        "incident:" + incident.id() + ":reported:" + holder.staffId().value(),
                        "インシデント報告の通知"));
            } catch (MailRefused invalidAddress) {
                // An address the outbox refuses is skipped; the others are still told.
            }
        }
    }

    private static String obligationsLine(Incident incident) {
        var active = incident.activeObligations();
        return active.isEmpty() ? "" : "（報告義務: " + String.join(", ", active.stream()
                .map(o -> o.body().name() + o.reasons()).toList()) + "）";
    }

    private void record(Incident incident, String verb, String summary) {
        trail.record(incident.tenantId(), "incident." + verb, TYPE, incident.id().toString(), truncate(summary, 1000));
    }

    /** The Japanese label of a state or a body: trail summaries are written in the tenant's language. */
    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.JAPANESE);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static String by(Actor actor) {
        return actor.kind() + ":" + actor.id();
    }
}
