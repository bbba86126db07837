package jp.mamori.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.mamori.organization.SecurityRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores policy documents with their audience. Every statement filters by tenant; an update checks the version
 * and throws {@link PolicyEditConflict} when someone else saved first. Thread-safe.
 */
@Repository
class PolicyDocuments {

    private static final String COLUMNS = "id, tenant_id, kind, title, disclosure, version";

    private final JdbcClient jdbc;
    private final Clock clock;

    PolicyDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<PolicyDocument> find(UUID tenantId, UUID id) {
        var rows = jdbc.sql("SELECT " + COLUMNS + " FROM policy_document WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(Row::map).list();
        return rows.stream().findFirst().map(row -> row.with(audiences(tenantId, List.of(id)).get(id)));
    }

    /** Every document of the tenant, ordered by kind and title. A tenant has tens of them, not thousands. */
    List<PolicyDocument> all(UUID tenantId) {
        var rows = jdbc.sql("SELECT " + COLUMNS + " FROM policy_document WHERE tenant_id = ? ORDER BY kind, title, id")
                .param(tenantId).query(Row::map).list();
        var audiences = audiences(tenantId, null);
        return rows.stream().map(row -> row.with(audiences.get(row.id))).toList();
    }

    void insert(PolicyDocument document) {
        var now = now();
        jdbc.sql("INSERT INTO policy_document (id, tenant_id, kind, title, disclosure, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(document.id(), document.tenantId(), document.kind().name(), document.title(),
                        document.disclosure().name(), now, now, document.version())
                .update();
        saveAudience(document);
    }

    void update(PolicyDocument document) {
        int count = jdbc.sql("UPDATE policy_document SET title = ?, disclosure = ?, updated_at = ?, version = version + 1"
                        + " WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(document.title(), document.disclosure().name(), now(), document.tenantId(), document.id(),
                        document.version())
                .update();
        if (count != 1) {
            throw new PolicyEditConflict("policy document " + document.id());
        }
        jdbc.sql("DELETE FROM policy_audience WHERE tenant_id = ? AND document_id = ?")
                .params(document.tenantId(), document.id()).update();
        saveAudience(document);
    }

    private void saveAudience(PolicyDocument document) {
        for (var unit : document.audience().units()) {
            jdbc.sql("INSERT INTO policy_audience (id, tenant_id, document_id, unit_id, role) VALUES (?, ?, ?, ?, NULL)")
                    .params(UUID.randomUUID(), document.tenantId(), document.id(), unit).update();
        }
        for (var role : document.audience().roles()) {
            jdbc.sql("INSERT INTO policy_audience (id, tenant_id, document_id, unit_id, role) VALUES (?, ?, ?, NULL, ?)")
                    .params(UUID.randomUUID(), document.tenantId(), document.id(), role.name()).update();
        }
    }

    /** The audiences of the given documents (all of the tenant's when null). */
    private Map<UUID, Audience> audiences(UUID tenantId, List<UUID> only) {
        var units = new HashMap<UUID, Set<UUID>>();
        var roles = new HashMap<UUID, Set<SecurityRole>>();
        var sql = "SELECT document_id, unit_id, role FROM policy_audience WHERE tenant_id = ?"
                + (only == null ? "" : " AND document_id = ?");
        var statement = jdbc.sql(sql).param(tenantId);
        if (only != null) {
            statement = statement.param(only.get(0));
        }
        statement.query(rs -> {
            var document = rs.getObject("document_id", UUID.class);
            var unit = rs.getObject("unit_id", UUID.class);
            var role = rs.getString("role");
            if (unit != null) {
                units.computeIfAbsent(document, k -> new HashSet<>()).add(unit);
            } else {
                roles.computeIfAbsent(document, k -> EnumSet.noneOf(SecurityRole.class)).add(SecurityRole.valueOf(role));
            }
        });
        var result = new HashMap<UUID, Audience>();
        var ids = new HashSet<UUID>(units.keySet());
        ids.addAll(roles.keySet());
        for (var id : ids) {
            result.put(id, Audience.of(units.getOrDefault(id, Set.of()), new ArrayList<>(roles.getOrDefault(id, Set.of()))));
        }
        return result;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A document row before its audience is attached. */
    private record Row(UUID id, UUID tenantId, DocumentKind kind, String title, Disclosure disclosure, long version) {

        static Row map(ResultSet rs, int row) throws SQLException {
            return new Row(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                    DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"),
                    Disclosure.valueOf(rs.getString("disclosure")), rs.getLong("version"));
        }

        PolicyDocument with(Audience audience) {
            return new PolicyDocument(id, tenantId, kind, title, disclosure, audience == null ? Audience.NOBODY : audience,
                    version);
        }
    }
}
