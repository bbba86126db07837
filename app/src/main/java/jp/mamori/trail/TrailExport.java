package jp.mamori.trail;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jp.mamori.web.TenantZone;
import jp.mamori.web.TableExport;
import jp.mamori.web.TableExport.ExportFormat;

import org.springframework.stereotype.Component;

/**
 * The filtered list as XLSX or CSV ({@link TableExport}), with Japanese headers and times in the tenant's zone (named
 * in the header) and in UTC (ISO 8601). At most {@value #MAX_ROWS} rows, newest first, handed over one at a time so memory stays flat.
 */
@Component
class TrailExport {

    static final int MAX_ROWS = 100_000;

    static final String TIME = "日時";

    static final List<String> HEADERS = List.of("連番", TIME, "日時（UTC, ISO 8601）", "操作者の種別", "操作者ID",
            "操作者", "操作", "対象の種類", "対象ID", "概要", "接続元", "要求ID");

    private static final TableExport<TrailRow> TABLE = TableExport.of("監査証跡", HEADERS, TrailExport::values);

    private final TrailQueries queries;
    private final TenantZone zones;

    TrailExport(TrailQueries queries, TenantZone zones) {
        this.queries = queries;
        this.zones = zones;
    }

    void write(ExportFormat format, UUID tenantId, TrailFilter filter, OutputStream out) throws IOException {
        TABLE.timesIn(zones.zone(tenantId), TIME)
                .write(format, sink -> queries.each(tenantId, filter, MAX_ROWS, sink::accept), out);
    }

    private static List<Object> values(TrailRow row) {
        return Arrays.asList(row.seq(), row.occurredAt(), row.utcIso(), row.actorKind(),
                row.actorId(), row.actorName(), row.action(), row.objectType(), row.objectId(), row.summary(),
                row.sourceAddress(), row.requestId());
    }
}
