package jp.mamori.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the evidence rows; every statement filters by tenant. Thread-safe. */
@Repository
class EvidenceItems {

    private static final String COLUMNS = "id, measure_id, kind, title, file_name, media_type, size_bytes, sha256,"
            + " storage_key, url, added_at, added_by";

    private final JdbcClient jdbc;

    EvidenceItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID tenantId, Evidence e) {
        jdbc.sql("INSERT INTO catalog_evidence (" + COLUMNS + ", tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.id(), e.measureId(), e.kind().name(), e.title(), e.fileName(), e.mediaType(), e.sizeBytes(),
                        e.sha256(), e.storageKey(), e.url(), e.addedAt(), e.addedBy(), tenantId)
                .update();
    }

    Optional<Evidence> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalog_evidence WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(EvidenceItems::map).optional();
    }

    List<Evidence> of(UUID tenantId, String measureId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalog_evidence WHERE tenant_id = ? AND measure_id = ?"
                        + " ORDER BY added_at, id")
                .params(tenantId, measureId).query(EvidenceItems::map).list();
    }

    /** How many pieces of evidence each measure has; for lists and exports. */
    Map<String, Integer> counts(UUID tenantId) {
        var map = new java.util.HashMap<String, Integer>();
        jdbc.sql("SELECT measure_id, COUNT(*) FROM catalog_evidence WHERE tenant_id = ? GROUP BY measure_id")
                .param(tenantId).query(rs -> {
                    map.put(rs.getString(1), rs.getInt(2));
                });
        return map;
    }

    void delete(UUID tenantId, UUID id) {
        jdbc.sql("DELETE FROM catalog_evidence WHERE tenant_id = ? AND id = ?").params(tenantId, id).update();
    }

    private static Evidence map(ResultSet rs, int row) throws SQLException {
        var size = rs.getObject("size_bytes");
        return new Evidence(rs.getObject("id", UUID.class), rs.getString("measure_id"),
                Evidence.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("file_name"),
                rs.getString("media_type"), size == null ? null : ((Number) size).longValue(), rs.getString("sha256"),
                rs.getString("storage_key"), rs.getString("url"), rs.getObject("added_at", OffsetDateTime.class),
                rs.getString("added_by"));
    }
}
