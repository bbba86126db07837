package jp.mamori.inspection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 点検項目 — the question sets and their questions; every query filters by tenant. */
@Component
class QuestionSets {

    record QuestionSet(UUID id, String title, int questions) {
    }

    private final JdbcClient jdbc;

    QuestionSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UUID tenantId, String title, List<Question> questions, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO inspection_question_set (id, tenant_id, title, created_at, version) VALUES (?, ?, ?, ?, 0)")
                .params(id, tenantId, title, Timestamp.from(at)).update();
        for (var q : questions) {
            jdbc.sql("""
                    INSERT INTO inspection_question (id, tenant_id, set_id, position, chapter, measure_id, text)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(q.id(), tenantId, id, q.position(), q.chapter(), q.measureId(), q.text()).update();
        }
        return id;
    }

    List<QuestionSet> all(UUID tenantId) {
        return jdbc.sql("""
                SELECT s.id, s.title, (SELECT COUNT(*) FROM inspection_question q WHERE q.set_id = s.id) AS n
                FROM inspection_question_set s WHERE s.tenant_id = ? ORDER BY s.created_at DESC""")
                .param(tenantId).query((rs, n) -> new QuestionSet(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getInt("n"))).list();
    }

    Optional<QuestionSet> find(UUID tenantId, UUID id) {
        return all(tenantId).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    List<Question> questions(UUID tenantId, UUID setId) {
        return jdbc.sql("""
                SELECT id, position, chapter, measure_id, text FROM inspection_question
                WHERE tenant_id = ? AND set_id = ? ORDER BY position""")
                .params(tenantId, setId).query((rs, n) -> new Question(rs.getObject("id", UUID.class),
                        rs.getInt("position"), rs.getString("chapter"), rs.getString("measure_id"),
                        rs.getString("text"))).list();
    }
}
