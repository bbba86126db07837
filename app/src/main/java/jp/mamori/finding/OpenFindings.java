package jp.mamori.finding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.Permission;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API: the open findings of a tenant, as each source last published them ({@link FindingsEvaluated}
 * replaces a source's findings in the publisher's transaction). Every statement filters by tenant. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class OpenFindings {

    /** Separates a finding's message arguments in their one column; a unit separator never occurs in them. */
    private static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;

    OpenFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(FindingsEvaluated evaluated) {
        var tenantId = evaluated.tenantId();
        jdbc.sql("DELETE FROM finding_subject WHERE tenant_id = ? AND finding_id IN (SELECT id FROM finding_open"
                + " WHERE tenant_id = ? AND source = ?)").params(tenantId, tenantId, evaluated.source()).update();
        jdbc.sql("DELETE FROM finding_open WHERE tenant_id = ? AND source = ?").params(tenantId, evaluated.source())
                .update();
        var at = OffsetDateTime.ofInstant(evaluated.evaluatedAt(), ZoneOffset.UTC);
        for (var f : evaluated.findings()) {
            var id = UUID.randomUUID();
            jdbc.sql("INSERT INTO finding_open (id, tenant_id, source, audience, rule_id, basis, severity, message_key,"
                            + " arguments, evaluated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, tenantId, evaluated.source(), evaluated.audience().name(), f.ruleId(), f.basis(),
                            f.severity().name(), f.messageKey(), String.join(SEPARATOR, f.arguments()), at)
                    .update();
            int position = 0;
            for (var s : f.subjects()) {
                jdbc.sql("INSERT INTO finding_subject (finding_id, position, tenant_id, module, object_type, object_id,"
                                + " label) VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(id, position++, tenantId, s.module(), s.objectType(), s.objectId(),
                                s.label().length() > 300 ? s.label().substring(0, 300) : s.label())
                        .update();
            }
        }
    }

    /** How many open findings the holder of {@code permissions} may see, by severity. */
    public Map<Severity, Integer> counts(UUID tenantId, Set<Permission> permissions) {
        var counts = new EnumMap<Severity, Integer>(Severity.class);
        var audiences = names(permissions);
        if (audiences.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT severity, COUNT(*) FROM finding_open WHERE tenant_id = :tenant AND audience IN (:audiences)"
                        + " GROUP BY severity")
                .param("tenant", tenantId).param("audiences", audiences)
                .query(rs -> {
                    counts.put(Severity.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    /** The open findings of one source, most urgent first. */
    public List<Finding> of(UUID tenantId, String source) {
        var subjects = new HashMap<UUID, List<FindingSubject>>();
        jdbc.sql("SELECT s.finding_id, s.module, s.object_type, s.object_id, s.label FROM finding_subject s"
                        + " JOIN finding_open f ON f.id = s.finding_id AND f.tenant_id = s.tenant_id"
                        + " WHERE s.tenant_id = ? AND f.source = ? ORDER BY s.finding_id, s.position")
                .params(tenantId, source)
                .query(rs -> {
                    subjects.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new FindingSubject(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        return jdbc.sql("SELECT id, rule_id, basis, severity, message_key, arguments FROM finding_open"
                        + " WHERE tenant_id = ? AND source = ?")
                .params(tenantId, source)
                .query((rs, n) -> map(rs, subjects)).list().stream()
                .sorted(Comparator.comparing(Finding::severity).reversed()
                        .thenComparing(Finding::ruleId).thenComparing(f -> f.subject().label()))
                .toList();
    }

    private static Finding map(ResultSet rs, Map<UUID, List<FindingSubject>> subjects) throws SQLException {
        var args = rs.getString("arguments");
        return new Finding(rs.getString("rule_id"), rs.getString("basis"),
                subjects.getOrDefault(rs.getObject("id", UUID.class), List.of()),
                Severity.valueOf(rs.getString("severity")), rs.getString("message_key"),
                args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)));
    }

    private static List<String> names(Collection<Permission> permissions) {
        return permissions.stream().map(Enum::name).toList();
    }
}
