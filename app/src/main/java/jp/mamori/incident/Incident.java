package jp.mamori.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One incident: who reported it and for whom, its facts, the state of its handling, its severity once triaged, the
 * reporting obligations derived from its facts and what was sent, and at close its cause and recurrence
 * prevention. Each state leads only to the next ({@link IncidentState#next()}); a corrected fact re-derives the
 * obligations at once. Not thread-safe; one instance per request, stored with optimistic locking.
 */
public final class Incident {

    private final UUID id;
    private final UUID tenantId;
    private final UUID unitId;
    private final String reportedBy;
    private final String reporterName;
    private final String contact;
    private final String onBehalfOf;
    private final Instant reportedAt;
    private IncidentFacts facts;
    private IncidentState state;
    private String severity;
    private String cause;
    private String prevention;
    private Instant closedAt;
    private final List<TrackedObligation> obligations;
    private final long version;

    public Incident(UUID id, UUID tenantId, UUID unitId, String reportedBy, String reporterName, String contact,
            String onBehalfOf, Instant reportedAt, IncidentFacts facts, IncidentState state, String severity,
            String cause, String prevention, Instant closedAt, List<TrackedObligation> obligations, long version) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.unitId = unitId;
        this.reportedBy = reportedBy;
        this.reporterName = reporterName == null ? "" : reporterName;
        this.contact = contact == null ? "" : contact;
        this.onBehalfOf = onBehalfOf == null ? "" : onBehalfOf;
        this.reportedAt = Objects.requireNonNull(reportedAt);
        this.facts = Objects.requireNonNull(facts);
        this.state = Objects.requireNonNull(state);
        this.severity = severity;
        this.cause = cause;
        this.prevention = prevention;
        this.closedAt = closedAt;
        this.obligations = new ArrayList<>(obligations);
        this.version = version;
    }

    /** A new report; its obligations are derived at once from what the reporter said. */
    public static Incident report(UUID tenantId, UUID unitId, String reportedBy, String reporterName, String contact,
            String onBehalfOf, IncidentFacts facts, Instant now, ReportingRules rules) {
        if (contact != null && contact.length() > 200 || onBehalfOf != null && onBehalfOf.length() > 200) {
            throw new IncidentRefused("incident.refused.tooLong");
        }
        var incident = new Incident(UUID.randomUUID(), tenantId, unitId, reportedBy, reporterName,
                contact == null ? "" : contact.strip(), onBehalfOf == null ? "" : onBehalfOf.strip(), now, facts,
                IncidentState.REPORTED, null, null, null, null, List.of(), 0);
        incident.rederive(rules);
        return incident;
    }

    /** 受付: the CSIRT receives the report and gives it a severity from the tenant's scale. */
    public void triage(String severity) {
        if (severity == null || severity.isBlank()) {
            throw new IncidentRefused("incident.refused.severityRequired");
        }
        moveTo(IncidentState.RECEIVED);
        this.severity = severity.strip();
    }

    /** The next step of handling; {@code to} must be the state right after the current one. */
    public void advance(IncidentState to) {
        if (to == IncidentState.RECEIVED) {
            throw new IncidentRefused("incident.refused.triageFirst");
        }
        if (to == IncidentState.CLOSED) {
            throw new IncidentRefused("incident.refused.closeWithCause");
        }
        moveTo(to);
    }

    /** 完了: only from 再発防止, with the cause and the recurrence prevention decided. */
    public void close(String cause, String prevention, Instant now) {
        if (cause == null || cause.isBlank() || prevention == null || prevention.isBlank()) {
            throw new IncidentRefused("incident.refused.causeRequired");
        }
        if (cause.length() > 4000 || prevention.length() > 4000) {
            throw new IncidentRefused("incident.refused.tooLong");
        }
        moveTo(IncidentState.CLOSED);
        this.cause = cause.strip();
        this.prevention = prevention.strip();
        this.closedAt = now;
    }

    /** Corrects the facts and re-derives the obligations; returns a line saying what changed in them. */
    public String correct(IncidentFacts corrected, ReportingRules rules) {
        if (!state.open()) {
            throw new IncidentRefused("incident.refused.closed");
        }
        this.facts = Objects.requireNonNull(corrected);
        return rederive(rules);
    }

    /** Records that a report of an obligation was sent, with what was sent. */
    public void recordSent(ReportingBody body, ReportStage stage, Instant at, String by, String note) {
        int index = indexOf(body);
        if (index < 0 || obligations.get(index).withdrawn()) {
            throw new IncidentRefused("incident.refused.noSuchObligation");
        }
        var o = obligations.get(index);
        if (stage == ReportStage.FINAL && o.finalDue() == null) {
            throw new IncidentRefused("incident.refused.noFinalReport");
        }
        if ((stage == ReportStage.PRELIMINARY ? o.preliminarySentAt() : o.finalSentAt()) != null) {
            throw new IncidentRefused("incident.refused.alreadySent");
        }
        if (note == null || note.isBlank() || note.length() > 1000) {
            throw new IncidentRefused("incident.refused.sentNoteRequired");
        }
        obligations.set(index, o.sent(stage, at, by, note.strip()));
    }

    private void moveTo(IncidentState to) {
        if (state.next() != to) {
            throw new IncidentRefused("incident.refused.skip", state.name(), to.name());
        }
        state = to;
    }

    private String rederive(ReportingRules rules) {
        var derived = rules.derive(facts);
        var changes = new ArrayList<String>();
        for (var o : derived) {
            int index = indexOf(o.body());
            if (index < 0) {
                obligations.add(TrackedObligation.of(o));
                changes.add("+" + o.body() + o.reasons());
            } else {
                var before = obligations.get(index);
                var after = before.rederived(o);
                if (!after.equals(before)) {
                    changes.add("~" + o.body() + o.reasons());
                }
                obligations.set(index, after);
            }
        }
        for (int i = 0; i < obligations.size(); i++) {
            var o = obligations.get(i);
            if (!o.withdrawn() && derived.stream().noneMatch(d -> d.body() == o.body())) {
                obligations.set(i, o.withdraw());
                changes.add("-" + o.body());
            }
        }
        return String.join(" ", changes);
    }

    private int indexOf(ReportingBody body) {
        for (int i = 0; i < obligations.size(); i++) {
            if (obligations.get(i).body() == body) {
                return i;
            }
        }
        return -1;
    }

    /** The obligations the facts still call for. */
    public List<TrackedObligation> activeObligations() {
        return obligations.stream().filter(o -> !o.withdrawn()).toList();
    }

    public List<TrackedObligation> obligations() { return List.copyOf(obligations); }
    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public UUID unitId() { return unitId; }
    public String reportedBy() { return reportedBy; }
    public String reporterName() { return reporterName; }
    public String contact() { return contact; }
    public String onBehalfOf() { return onBehalfOf; }
    public Instant reportedAt() { return reportedAt; }
    public IncidentFacts facts() { return facts; }
    public IncidentState state() { return state; }
    public String severity() { return severity; }
    public String cause() { return cause; }
    public String prevention() { return prevention; }
    public Instant closedAt() { return closedAt; }
    public long version() { return version; }
}
