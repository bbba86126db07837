package jp.mamori.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of segments, systems, terminal groups and flows. Every statement filters by tenant; updates check the
 * version (0 rows means someone else changed or removed the row). Thread-safe.
 */
@Repository
class Networks {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    Networks(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ---- segments ------------------------------------------------------------------------------------------------

    List<Segment> segments(UUID tenantId) {
        return jdbc.sql("SELECT * FROM network_segment WHERE tenant_id = ? ORDER BY area, name").param(tenantId)
                .query(Networks::segment).list();
    }

    Optional<Segment> segment(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM network_segment WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(Networks::segment).optional();
    }

    void insert(UUID tenantId, Segment s) {
        jdbc.sql("INSERT INTO network_segment (id, tenant_id, name, area, addresses, tenant_restricted, description,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
                .params(s.id(), tenantId, s.name(), s.area().name(), s.addresses(), s.tenantRestricted(),
                        s.description()).update();
    }

    boolean update(UUID tenantId, Segment s) {
        return jdbc.sql("UPDATE network_segment SET name = ?, area = ?, addresses = ?, tenant_restricted = ?,"
                        + " description = ?, version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(s.name(), s.area().name(), s.addresses(), s.tenantRestricted(), s.description(), tenantId,
                        s.id(), s.version()).update() == 1;
    }

    private static Segment segment(ResultSet rs, int n) throws SQLException {
        return new Segment(rs.getObject("id", UUID.class), rs.getString("name"), Area.valueOf(rs.getString("area")),
                rs.getString("addresses"), rs.getBoolean("tenant_restricted"), rs.getString("description"),
                rs.getInt("version"));
    }

    // ---- systems -------------------------------------------------------------------------------------------------

    List<InformationSystem> systems(UUID tenantId) {
        return jdbc.sql("SELECT * FROM network_system WHERE tenant_id = ? ORDER BY name").param(tenantId)
                .query(Networks::system).list();
    }

    Optional<InformationSystem> system(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM network_system WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(Networks::system).optional();
    }

    void insert(UUID tenantId, InformationSystem s) {
        jdbc.sql("INSERT INTO network_system (id, tenant_id, name, segment_id, asset_id, address, description, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
                .params(s.id(), tenantId, s.name(), s.segmentId(), s.assetId(), s.address(), s.description()).update();
    }

    boolean update(UUID tenantId, InformationSystem s) {
        return jdbc.sql("UPDATE network_system SET name = ?, segment_id = ?, asset_id = ?, address = ?, description = ?,"
                        + " version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(s.name(), s.segmentId(), s.assetId(), s.address(), s.description(), tenantId, s.id(),
                        s.version()).update() == 1;
    }

    private static InformationSystem system(ResultSet rs, int n) throws SQLException {
        return new InformationSystem(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("segment_id", UUID.class), rs.getObject("asset_id", UUID.class), rs.getString("address"),
                rs.getString("description"), rs.getInt("version"));
    }

    // ---- terminal groups -----------------------------------------------------------------------------------------

    List<TerminalGroup> terminals(UUID tenantId) {
        return jdbc.sql("SELECT * FROM network_terminal_group WHERE tenant_id = ? ORDER BY name").param(tenantId)
                .query(Networks::terminal).list();
    }

    Optional<TerminalGroup> terminal(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM network_terminal_group WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(Networks::terminal).optional();
    }

    void insert(UUID tenantId, TerminalGroup g) {
        jdbc.sql("INSERT INTO network_terminal_group (id, tenant_id, name, segment_id, terminal_count, factors,"
                        + " external_media, epp, edr, screen_transfer_client, description, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(g.id(), tenantId, g.name(), g.segmentId(), g.count(), g.factors(), g.externalMedia().name(),
                        g.epp(), g.edr(), g.screenTransferClient(), g.description()).update();
    }

    boolean update(UUID tenantId, TerminalGroup g) {
        return jdbc.sql("UPDATE network_terminal_group SET name = ?, segment_id = ?, terminal_count = ?, factors = ?,"
                        + " external_media = ?, epp = ?, edr = ?, screen_transfer_client = ?, description = ?,"
                        + " version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(g.name(), g.segmentId(), g.count(), g.factors(), g.externalMedia().name(), g.epp(), g.edr(),
                        g.screenTransferClient(), g.description(), tenantId, g.id(), g.version()).update() == 1;
    }

    private static TerminalGroup terminal(ResultSet rs, int n) throws SQLException {
        return new TerminalGroup(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("segment_id", UUID.class), rs.getInt("terminal_count"), rs.getInt("factors"),
                ExternalMedia.valueOf(rs.getString("external_media")), rs.getBoolean("epp"), rs.getBoolean("edr"),
                rs.getBoolean("screen_transfer_client"), rs.getString("description"), rs.getInt("version"));
    }

    // ---- flows ---------------------------------------------------------------------------------------------------

    List<Flow> flows(UUID tenantId) {
        return jdbc.sql("SELECT * FROM network_flow WHERE tenant_id = ?").param(tenantId).query(Networks::flow).list();
    }

    Optional<Flow> flow(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM network_flow WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(Networks::flow).optional();
    }

    void insert(UUID tenantId, Flow f) {
        insertAll(tenantId, List.of(f));
    }

    /** Inserts flows in JDBC batches (an import of a rule export may hold 100,000). */
    void insertAll(UUID tenantId, Collection<Flow> flows) {
        var rows = new java.util.ArrayList<Object[]>(flows.size());
        for (var f : flows) {
            rows.add(new Object[] {f.id(), tenantId, f.fromSegmentId(), f.fromSystemId(), f.toSegmentId(),
                f.toSystemId(), f.protocol(), f.ports().text(), f.purpose(), f.path().name(), f.sanitiser()});
        }
        for (int from = 0; from < rows.size(); from += 1000) {
            template.batchUpdate("INSERT INTO network_flow (id, tenant_id, from_segment_id, from_system_id,"
                    + " to_segment_id, to_system_id, protocol, ports, purpose, path, sanitiser, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows.subList(from, Math.min(from + 1000, rows.size())));
        }
    }

    boolean update(UUID tenantId, Flow f) {
        return jdbc.sql("UPDATE network_flow SET from_segment_id = ?, from_system_id = ?, to_segment_id = ?,"
                        + " to_system_id = ?, protocol = ?, ports = ?, purpose = ?, path = ?, sanitiser = ?,"
                        + " version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(f.fromSegmentId(), f.fromSystemId(), f.toSegmentId(), f.toSystemId(), f.protocol(),
                        f.ports().text(), f.purpose(), f.path().name(), f.sanitiser(), tenantId, f.id(), f.version())
                .update() == 1;
    }

    boolean delete(UUID tenantId, UUID flowId, int version) {
        return jdbc.sql("DELETE FROM network_flow WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(tenantId, flowId, version).update() == 1;
    }

    private static Flow flow(ResultSet rs, int n) throws SQLException {
        return new Flow(rs.getObject("id", UUID.class), rs.getObject("from_segment_id", UUID.class),
                rs.getObject("from_system_id", UUID.class), rs.getObject("to_segment_id", UUID.class),
                rs.getObject("to_system_id", UUID.class), rs.getString("protocol"), Ports.parse(rs.getString("ports")),
                rs.getString("purpose"), FlowPath.valueOf(rs.getString("path")), rs.getString("sanitiser"),
                rs.getInt("version"));
    }
}
