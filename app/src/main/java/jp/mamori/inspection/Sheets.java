package jp.mamori.inspection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The answer sheets and their answers; every query filters by tenant; an update names the version it read. */
@Component
class Sheets {

    /** How often each answer was given to one question, over the sheets counted. */
    record Tally(UUID questionId, UUID unitId, Answer answer, long count) {
    }

    private final JdbcClient jdbc;

    Sheets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Sheet> find(UUID tenantId, UUID campaignId, UUID staffId) {
        return jdbc.sql("""
                SELECT id, unit_id, saved_at, saved_by, version FROM inspection_sheet
                WHERE tenant_id = ? AND campaign_id = ? AND staff_id = ?""")
                .params(tenantId, campaignId, staffId)
                .query((rs, n) -> new Sheet(rs.getObject("id", UUID.class), tenantId, campaignId, staffId,
                        rs.getObject("unit_id", UUID.class), rs.getTimestamp("saved_at").toInstant(),
                        rs.getString("saved_by"), rs.getLong("version"), Map.of()))
                .optional().map(s -> withReplies(tenantId, s));
    }

    private Sheet withReplies(UUID tenantId, Sheet sheet) {
        var replies = new HashMap<UUID, Sheet.Reply>();
        jdbc.sql("SELECT question_id, answer, comment FROM inspection_answer WHERE tenant_id = ? AND sheet_id = ?")
                .params(tenantId, sheet.id()).query(rs -> {
                    replies.put(rs.getObject("question_id", UUID.class),
                            new Sheet.Reply(Answer.valueOf(rs.getString("answer")), rs.getString("comment")));
                });
        return new Sheet(sheet.id(), tenantId, sheet.campaignId(), sheet.staffId(), sheet.unitId(), sheet.savedAt(),
                sheet.savedBy(), sheet.version(), replies);
    }

    void insert(Sheet sheet) {
        insert(sheet, false);
    }

    /** Inserts a sheet, already accepted when a loader writes history. */
    void insert(Sheet sheet, boolean accepted) {
        jdbc.sql("""
                INSERT INTO inspection_sheet (id, tenant_id, campaign_id, staff_id, unit_id, saved_at, saved_by, accepted,
                    version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(sheet.id(), sheet.tenantId(), sheet.campaignId(), sheet.staffId(), sheet.unitId(),
                        Timestamp.from(sheet.savedAt()), sheet.savedBy(), accepted).update();
        writeReplies(sheet);
    }

    /**
     * Marks the sheet accepted or not: the results count accepted sheets only. Kept here, beside the answers, so
     * that the results are one grouped query of this module's own tables, however many respondents there are.
     */
    void markAccepted(UUID tenantId, UUID sheetId, boolean accepted) {
        jdbc.sql("UPDATE inspection_sheet SET accepted = ? WHERE tenant_id = ? AND id = ?")
                .params(accepted, tenantId, sheetId).update();
    }

    /** Stores the sheet if it is still at {@code version}; false when someone saved it since. */
    boolean update(Sheet sheet, long version, Instant at, String by) {
        int changed = jdbc.sql("""
                UPDATE inspection_sheet SET saved_at = ?, saved_by = ?, version = version + 1
                WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(Timestamp.from(at), by, sheet.tenantId(), sheet.id(), version).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM inspection_answer WHERE tenant_id = ? AND sheet_id = ?")
                .params(sheet.tenantId(), sheet.id()).update();
        writeReplies(sheet);
        return true;
    }

    private void writeReplies(Sheet sheet) {
        sheet.replies().forEach((question, reply) -> jdbc.sql("""
                INSERT INTO inspection_answer (sheet_id, question_id, tenant_id, answer, comment) VALUES (?, ?, ?, ?, ?)""")
                .params(sheet.id(), question, sheet.tenantId(), reply.answer().name(), reply.comment()).update());
    }

    /** The answers of the campaign's accepted sheets by question, unit and answer. */
    List<Tally> tallies(UUID tenantId, UUID campaignId) {
        return jdbc.sql("""
                SELECT a.question_id, s.unit_id, a.answer, COUNT(*) AS n FROM inspection_answer a
                JOIN inspection_sheet s ON s.id = a.sheet_id
                WHERE s.tenant_id = ? AND s.campaign_id = ? AND s.accepted = TRUE
                GROUP BY a.question_id, s.unit_id, a.answer""")
                .params(tenantId, campaignId)
                .query((rs, n) -> new Tally(rs.getObject("question_id", UUID.class), rs.getObject("unit_id", UUID.class),
                        Answer.valueOf(rs.getString("answer")), rs.getLong("n"))).list();
    }
}
