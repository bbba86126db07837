package jp.mamori.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the evidence rows; every statement filters by tenant. Thread-safe. */
@Repository
class EvidenceItems {

    private static final String COLUMNS = "id, owner_module, owner_type, owner_id, kind, title, file_name, media_type,"
            + " size_bytes, sha256, storage_key, url, added_at, added_by";

    private final JdbcClient jdbc;

    EvidenceItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID tenantId, Evidence e) {
        jdbc.sql("INSERT INTO evidence_item (" + COLUMNS + ", tenant_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.id(), e.owner().module(), e.owner().objectType(), e.owner().objectId(), e.kind().name(),
                        e.title(), e.fileName(), e.mediaType(), e.sizeBytes(), e.sha256(), e.storageKey(), e.url(),
                        e.addedAt(), e.addedBy(), tenantId)
                .update();
    }

    Optional<Evidence> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_item WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(EvidenceItems::map).optional();
    }

    List<Evidence> of(UUID tenantId, EvidenceOwner owner) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_item WHERE tenant_id = ? AND owner_module = ?"
                        + " AND owner_type = ? AND owner_id = ? ORDER BY added_at, id")
                .params(tenantId, owner.module(), owner.objectType(), owner.objectId())
                .query(EvidenceItems::map).list();
    }

    /** How many pieces of evidence each object of one type has, by object id; for lists and exports. */
    Map<String, Integer> counts(UUID tenantId, String module, String objectType) {
        var map = new HashMap<String, Integer>();
        jdbc.sql("SELECT owner_id, COUNT(*) FROM evidence_item WHERE tenant_id = ? AND owner_module = ?"
                        + " AND owner_type = ? GROUP BY owner_id")
                .params(tenantId, module, objectType).query(rs -> {
                    map.put(rs.getString(1), rs.getInt(2));
                });
        return map;
    }

    void delete(UUID tenantId, UUID id) {
        jdbc.sql("DELETE FROM evidence_item WHERE tenant_id = ? AND id = ?").params(tenantId, id).update();
    }

    private static Evidence map(ResultSet rs, int row) throws SQLException {
        var size = rs.getObject("size_bytes");
        var owner = new EvidenceOwner(rs.getString("owner_module"), rs.getString("owner_type"), rs.getString("owner_id"));
        return new Evidence(rs.getObject("id", UUID.class), owner, Evidence.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("file_name"), rs.getString("media_type"),
                size == null ? null : ((Number) size).longValue(), rs.getString("sha256"), rs.getString("storage_key"),
                rs.getString("url"), rs.getObject("added_at", OffsetDateTime.class), rs.getString("added_by"));
    }
}
