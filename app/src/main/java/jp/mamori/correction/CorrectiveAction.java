package jp.mamori.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.kernel.Decision;

/**
 * A corrective action (改善措置): what is to be put right, opened from a source in another module, owned by an org
 * unit, due on a business date, followed up with notes, completed, and verified by someone else than whoever
 * completed it. Each step is a verb that checks the state it finds; {@code version} is the optimistic lock the
 * repository compares. People are named by their trail actor id ({@code kind:id}) and name. Not thread-safe (one request's copy).
 */
public final class CorrectiveAction {

    /** One follow-up note: who wrote what, when. */
    public record Note(Instant at, String by, String byName, String text) {
    }

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;

    private final UUID id;
    private final UUID tenantId;
    private final CorrectiveActionSource source;
    private final String title;
    private final UUID ownerUnitId;
    private final LocalDate dueDate;
    private CorrectiveActionState state;
    private final List<Note> notes;
    private String completedBy;
    private Instant completedAt;
    private String verifiedBy;
    private Instant verifiedAt;
    private final long version;

    CorrectiveAction(UUID id, UUID tenantId, CorrectiveActionSource source, String title, UUID ownerUnitId,
            LocalDate dueDate, CorrectiveActionState state, List<Note> notes, String completedBy, Instant completedAt,
            String verifiedBy, Instant verifiedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.source = Objects.requireNonNull(source, "source");
        this.title = title;
        this.ownerUnitId = ownerUnitId;
        this.dueDate = dueDate;
        this.state = Objects.requireNonNull(state, "state");
        this.notes = new ArrayList<>(notes);
        this.completedBy = completedBy;
        this.completedAt = completedAt;
        this.verifiedBy = verifiedBy;
        this.verifiedAt = verifiedAt;
        this.version = version;
    }

    /** Opens a new action; the due date may not lie before the tenant's business date {@code today}. */
    static CorrectiveAction open(UUID tenantId, CorrectiveActionSource source, String title, UUID ownerUnitId,
            LocalDate dueDate, LocalDate today) {
        var checked = checkedTitle(title);
        Objects.requireNonNull(ownerUnitId, "ownerUnitId");
        Objects.requireNonNull(dueDate, "dueDate");
        if (dueDate.isBefore(today)) {
            throw new CorrectionRefused("correction.refused.dueInPast", today);
        }
        return new CorrectiveAction(UUID.randomUUID(), tenantId, source, checked, ownerUnitId, dueDate,
                CorrectiveActionState.OPEN, List.of(), null, null, null, null, 0);
    }

    /** Records a follow-up note; the first one on an open action starts the work. */
    void recordProgress(Instant at, String by, String byName, String text) {
        if (state == CorrectiveActionState.DONE || state == CorrectiveActionState.VERIFIED) {
            throw new CorrectionRefused("correction.refused.notInProgress", state.name());
        }
        notes.add(new Note(at, by, byName, checkedText(text)));
        state = CorrectiveActionState.IN_PROGRESS;
    }

    /** Marks the work as done, with what was done; waits for someone else's verification. */
    void complete(Instant at, String by, String byName, String whatWasDone) {
        if (state != CorrectiveActionState.OPEN && state != CorrectiveActionState.IN_PROGRESS) {
            throw new CorrectionRefused("correction.refused.notInProgress", state.name());
        }
        notes.add(new Note(at, by, byName, checkedText(whatWasDone)));
        state = CorrectiveActionState.DONE;
        completedBy = by;
        completedAt = at;
    }

    /** Whether {@code verifier} may verify this action now: it must be done, and by someone else. */
    Decision mayVerify(String verifier) {
        if (state != CorrectiveActionState.DONE) {
            return Decision.refuse("correction.refused.notDone", state.name());
        }
        if (verifier.equals(completedBy)) {
            return Decision.refuse("correction.refused.ownVerification");
        }
        return Decision.ALLOWED;
    }

    /**
     * Records the verification: effective (VERIFIED, final) or not (back to OPEN with the reason as a note, and the
     * completion cleared, so that the next completion is verified afresh).
     */
    void verify(Instant at, String by, String byName, boolean effective, String reason) {
        mayVerify(by).orThrow(CorrectionRefused::new);
        if (effective) {
            if (reason != null && !reason.isBlank()) {
                notes.add(new Note(at, by, byName, checkedText(reason)));
            }
            state = CorrectiveActionState.VERIFIED;
            verifiedBy = by;
            verifiedAt = at;
        } else {
            if (reason == null || reason.isBlank()) {
                throw new CorrectionRefused("correction.refused.reasonRequired");
            }
            notes.add(new Note(at, by, byName, checkedText(reason)));
            state = CorrectiveActionState.OPEN;
            completedBy = null;
            completedAt = null;
        }
    }

    /** Overdue on {@code today}: not yet done and the due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return (state == CorrectiveActionState.OPEN || state == CorrectiveActionState.IN_PROGRESS)
                && dueDate.isBefore(today);
    }

    private static String checkedTitle(String title) {
        var value = title == null ? "" : title.strip();
        if (value.isEmpty()) {
            throw new CorrectionRefused("correction.refused.titleRequired");
        }
        if (value.length() > MAX_TITLE) {
            throw new CorrectionRefused("correction.refused.tooLong", MAX_TITLE);
        }
        return value;
    }

    private static String checkedText(String text) {
        var value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new CorrectionRefused("correction.refused.noteRequired");
        }
        if (value.length() > MAX_TEXT) {
            throw new CorrectionRefused("correction.refused.tooLong", MAX_TEXT);
        }
        return value;
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public CorrectiveActionSource source() {
        return source;
    }

    public String title() {
        return title;
    }

    public UUID ownerUnitId() {
        return ownerUnitId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public CorrectiveActionState state() {
        return state;
    }

    public List<Note> notes() {
        return List.copyOf(notes);
    }

    public String completedBy() {
        return completedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public long version() {
        return version;
    }
}
