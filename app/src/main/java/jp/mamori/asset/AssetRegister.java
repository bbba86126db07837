package jp.mamori.asset;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jp.mamori.web.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the register for lists and exports: filtered by tenant, the signed-in user's units and the query, sorted
 * on indexed columns and paged with LIMIT/OFFSET. Thread-safe.
 */
@Component
@Transactional(readOnly = true)
class AssetRegister {

    /** One line of the register list. */
    record Row(UUID id, String registerNumber, String name, AssetKind kind, UUID ownerUnitId, Zone zone,
            Confidentiality confidentiality, Integrity integrity, Availability availability, boolean personal,
            boolean specific, AssetStatus status, OffsetDateTime updatedAt) {
    }

    /** One page of the list with the total number of matches. */
    record Page(List<Row> rows, RegisterQuery query, long total) {
        /** The paging of this page, for the shared pager (templates/fragments/pager.html). */
        public ResultPage<Row> paging() {
            return new ResultPage<>(rows, query.page(), query.size(), total);
        }
    }

    private final JdbcClient jdbc;

    AssetRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page page(UUID tenantId, RegisterQuery q) {
        var where = new StringBuilder();
        var params = new ArrayList<Object>();
        where(tenantId, q, where, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM information_asset WHERE " + where).params(params)
                .query(Long.class).single();
        var sql = "SELECT id, register_number, name, kind, owner_unit_id, zone, confidentiality, integrity,"
                + " availability, personal_info, specific_personal_info, status, updated_at FROM information_asset WHERE "
                + where + " ORDER BY " + order(q) + " LIMIT " + q.size() + " OFFSET " + ((long) q.page() * q.size());
        var rows = jdbc.sql(sql).params(params).query((rs, n) -> {
            var zone = rs.getString("zone");
            return new Row(rs.getObject("id", UUID.class), rs.getString("register_number"), rs.getString("name"),
                    AssetKind.valueOf(rs.getString("kind")), rs.getObject("owner_unit_id", UUID.class),
                    zone == null ? null : Zone.valueOf(zone), Confidentiality.valueOf(rs.getString("confidentiality")),
                    Integrity.valueOf(rs.getString("integrity")), Availability.valueOf(rs.getString("availability")),
                    rs.getBoolean("personal_info"), rs.getBoolean("specific_personal_info"),
                    AssetStatus.valueOf(rs.getString("status")), rs.getObject("updated_at", OffsetDateTime.class));
        }).list();
        return new Page(rows, q, total);
    }

    /** Every asset matching the query (all pages) in its order, one at a time; for exports. */
    void each(UUID tenantId, RegisterQuery q, Consumer<InformationAsset> consumer) {
        var where = new StringBuilder();
        var params = new ArrayList<Object>();
        where(tenantId, q, where, params);
        jdbc.sql("SELECT " + Assets.COLUMNS + " FROM information_asset WHERE " + where + " ORDER BY " + order(q))
                .params(params).query(Assets::map).stream().forEach(consumer);
    }

    /** Register numbers of the containers of each asset in the query; for exports (column 保有先). */
    java.util.Map<UUID, List<String>> containerNumbers(UUID tenantId) {
        var map = new java.util.HashMap<UUID, List<String>>();
        jdbc.sql("SELECT h.held_id, c.register_number FROM asset_holding h JOIN information_asset c"
                        + " ON c.id = h.container_id AND c.tenant_id = h.tenant_id WHERE h.tenant_id = ?"
                        + " ORDER BY c.register_number")
                .param(tenantId).query(rs -> {
                    map.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return map;
    }

    /** The sort column, then the register number to make the order total (the indexes of V40 cover both). */
    private static String order(RegisterQuery q) {
        var direction = q.descending() ? " DESC" : " ASC";
        return q.sort() == RegisterQuery.Sort.NUMBER ? "register_number" + direction
                : q.sort().column + direction + ", register_number" + direction;
    }

    private static void where(UUID tenantId, RegisterQuery q, StringBuilder where, List<Object> params) {
        where.append("tenant_id = ?");
        params.add(tenantId);
        var scope = AssetScope.visibleUnits();
        if (scope.isPresent()) {
            if (scope.get().isEmpty()) {
                where.append(" AND 1 = 0");
            } else {
                where.append(" AND owner_unit_id IN (").append("?, ".repeat(scope.get().size() - 1)).append("?)");
                params.addAll(scope.get());
            }
        }
        if (!q.includeDisposed()) {
            where.append(" AND status <> 'DISPOSED'");
        }
        if (!q.text().isEmpty()) {
            where.append(" AND search_text LIKE ? ESCAPE '\\'");
            params.add(SearchText.pattern(q.text()));
        }
        if (q.unitId() != null) {
            where.append(" AND owner_unit_id = ?");
            params.add(q.unitId());
        }
        if ("NONE".equals(q.zone())) {
            where.append(" AND zone IS NULL");
        } else if (q.zone() != null) {
            where.append(" AND zone = ?");
            params.add(q.zone());
        }
        if ("TWO_OR_ABOVE".equals(q.confidentiality())) {
            where.append(" AND confidentiality_rank >= 2");
        } else if (q.confidentiality() != null) {
            where.append(" AND confidentiality = ?");
            params.add(q.confidentiality());
        }
        if (q.kind() != null) {
            where.append(" AND kind = ?");
            params.add(q.kind().name());
        }
    }
}
