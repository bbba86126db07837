package jp.mamori.training;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.organization.SecurityRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses with their questions, and attempts; every statement filters by tenant. */
@Repository
class Courses {

    /** Choices are stored one a line: a choice holds no line break. */
    private static final String CHOICE_SEPARATOR = "\n";

    private final JdbcClient jdbc;

    Courses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Course course) {
        jdbc.sql("""
                INSERT INTO training_course (id, tenant_id, code, title, material, pass_mark, frequency, required_role,
                version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(course.id(), course.tenantId(), course.code(), course.title(), course.material(),
                        course.passMark(), course.frequency().name(),
                        course.requiredRole() == null ? null : course.requiredRole().name())
                .update();
        for (var q : course.questions()) {
            jdbc.sql("INSERT INTO training_question (id, tenant_id, course_id, position, text, choices, correct)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(q.id(), course.tenantId(), course.id(), q.position(), q.text(),
                            String.join(CHOICE_SEPARATOR, q.choices()), q.correct())
                    .update();
        }
    }

    Optional<Course> find(UUID tenantId, UUID id) {
        return query("WHERE tenant_id = ? AND id = ?", tenantId, id).stream().findFirst();
    }

    List<Course> all(UUID tenantId) {
        return query("WHERE tenant_id = ? ORDER BY code", tenantId);
    }

    List<Course> requiredFor(UUID tenantId, SecurityRole role) {
        return query("WHERE tenant_id = ? AND required_role = ? ORDER BY code", tenantId, role.name());
    }

    long count(UUID tenantId) {
        return jdbc.sql("SELECT COUNT(*) FROM training_course WHERE tenant_id = ?").param(tenantId).query(Long.class)
                .single();
    }

    private List<Course> query(String where, Object... params) {
        record Head(UUID id, UUID tenantId, String code, String title, String material, int passMark, String frequency,
                String role, long version) {
        }
        var heads = jdbc.sql("SELECT id, tenant_id, code, title, material, pass_mark, frequency, required_role, version"
                        + " FROM training_course " + where).params(params)
                .query((rs, n) -> new Head(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getString("code"), rs.getString("title"), rs.getString("material"), rs.getInt("pass_mark"),
                        rs.getString("frequency"), rs.getString("required_role"), rs.getLong("version")))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        var questions = new HashMap<UUID, List<Course.Question>>();
        jdbc.sql("SELECT course_id, id, position, text, choices, correct FROM training_question WHERE tenant_id = ?"
                        + " ORDER BY course_id, position")
                .param(heads.get(0).tenantId())
                .query(rs -> {
                    questions.computeIfAbsent(rs.getObject("course_id", UUID.class), c -> new ArrayList<>())
                            .add(new Course.Question(rs.getObject("id", UUID.class), rs.getInt("position"),
                                    rs.getString("text"), Arrays.asList(rs.getString("choices").split(CHOICE_SEPARATOR)),
                                    rs.getInt("correct")));
                });
        return heads.stream().map(h -> new Course(h.id(), h.tenantId(), h.code(), h.title(), h.material(), h.passMark(),
                Course.Frequency.valueOf(h.frequency()), h.role() == null ? null : SecurityRole.valueOf(h.role()),
                questions.getOrDefault(h.id(), List.of()), h.version())).toList();
    }

    void insertAttempt(UUID tenantId, UUID accountId, Attempt attempt) {
        jdbc.sql("""
                INSERT INTO training_attempt (id, tenant_id, course_id, campaign_id, staff_id, account_id, score, passed,
                attempted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(attempt.id(), tenantId, attempt.courseId(), attempt.campaignId(), attempt.staffId(), accountId,
                        attempt.score(), attempt.passed(), OffsetDateTime.ofInstant(attempt.at(), ZoneOffset.UTC))
                .update();
    }

    /** The person's attempts at the course, oldest first. */
    List<Attempt> attempts(UUID tenantId, UUID staffId, UUID courseId) {
        return jdbc.sql("SELECT id, course_id, campaign_id, staff_id, score, passed, attempted_at FROM training_attempt"
                        + " WHERE tenant_id = ? AND staff_id = ? AND course_id = ? ORDER BY attempted_at, id")
                .params(tenantId, staffId, courseId)
                .query((rs, n) -> new Attempt(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
                        rs.getObject("campaign_id", UUID.class), rs.getObject("staff_id", UUID.class),
                        rs.getInt("score"), rs.getBoolean("passed"),
                        rs.getObject("attempted_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** How many attempts the course has had in the campaign, for the export. */
    java.util.Map<UUID, Integer> attemptCounts(UUID tenantId, UUID campaignId) {
        var counts = new HashMap<UUID, Integer>();
        jdbc.sql("SELECT staff_id, COUNT(*) AS n FROM training_attempt WHERE tenant_id = ? AND campaign_id = ?"
                        + " GROUP BY staff_id")
                .params(tenantId, campaignId)
                .query(rs -> {
                    counts.put(rs.getObject("staff_id", UUID.class), rs.getInt("n"));
                });
        return counts;
    }

}
