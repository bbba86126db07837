package jp.mamori.asset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores information assets and their holdings. Every statement filters by tenant. Updates check the version
 * and fail with {@link OptimisticLockingFailureException} (a 409) when someone else saved first. Thread-safe.
 */
@Repository
class Assets {

    static final String COLUMNS = "id, tenant_id, register_number, name, name_kana, kind, description, owner_unit_id,"
            + " manager_staff_id, location, zone, retention, personal_info, specific_personal_info,"
            + " sensitive_personal_info, people_count, confidentiality, confidentiality_reason, integrity,"
            + " integrity_reason, availability, availability_reason, status, disposed_on, disposal_person,"
            + " disposal_method, disposal_requested_by, disposal_requester_id, disposal_approver_id,"
            + " disposal_approver_name, disposal_approved_at, version";

    private static final String INSERT = "INSERT INTO information_asset (" + COLUMNS
            + ", confidentiality_rank, search_text, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE information_asset SET register_number = ?, name = ?, name_kana = ?,"
            + " kind = ?, description = ?, owner_unit_id = ?, manager_staff_id = ?, location = ?, zone = ?,"
            + " retention = ?, personal_info = ?, specific_personal_info = ?, sensitive_personal_info = ?,"
            + " people_count = ?, confidentiality = ?, confidentiality_reason = ?, integrity = ?, integrity_reason = ?,"
            + " availability = ?, availability_reason = ?, status = ?, disposed_on = ?, disposal_person = ?,"
            + " disposal_method = ?, disposal_requested_by = ?, disposal_requester_id = ?, disposal_approver_id = ?,"
            + " disposal_approver_name = ?, disposal_approved_at = ?, confidentiality_rank = ?, search_text = ?,"
            + " updated_at = ?, version = version + 1 WHERE id = ? AND tenant_id = ? AND version = ?";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    Assets(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    Optional<InformationAsset> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM information_asset WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(Assets::map).optional();
    }

    Optional<InformationAsset> findByNumber(UUID tenantId, String registerNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM information_asset WHERE tenant_id = ? AND register_number = ?")
                .params(tenantId, registerNumber).query(Assets::map).optional();
    }

    /** Every asset of the tenant by register number; for imports. */
    Map<String, InformationAsset> allByNumber(UUID tenantId) {
        var all = new LinkedHashMap<String, InformationAsset>();
        jdbc.sql("SELECT " + COLUMNS + " FROM information_asset WHERE tenant_id = ?").param(tenantId)
                .query(Assets::map).stream().forEach(a -> all.put(a.details().registerNumber(), a));
        return all;
    }

    boolean numberTaken(UUID tenantId, String registerNumber, UUID except) {
        return jdbc.sql("SELECT COUNT(*) FROM information_asset WHERE tenant_id = ? AND register_number = ? AND id <> ?")
                .params(tenantId, registerNumber, except).query(Long.class).single() > 0;
    }

    void insert(InformationAsset asset) {
        insertAll(List.of(asset));
    }

    void insertAll(Collection<InformationAsset> assets) {
        var now = now();
        var rows = new ArrayList<Object[]>(assets.size());
        for (var a : assets) {
            var values = new ArrayList<Object>();
            values.add(a.id());
            values.add(a.tenantId());
            addValues(values, a);
            values.add(a.version());
            values.add(a.classification().confidentiality().severity());
            values.add(SearchText.of(a.details()));
            values.add(now);
            rows.add(values.toArray());
        }
        template.batchUpdate(INSERT, rows);
    }

    /** Saves a changed asset; fails when its version is no longer the stored one. */
    void update(InformationAsset asset) {
        updateAll(List.of(asset));
    }

    void updateAll(Collection<InformationAsset> assets) {
        var now = now();
        var rows = new ArrayList<Object[]>(assets.size());
        for (var a : assets) {
            var values = new ArrayList<Object>();
            addValues(values, a);
            values.add(a.classification().confidentiality().severity());
            values.add(SearchText.of(a.details()));
            values.add(now);
            values.add(a.id());
            values.add(a.tenantId());
            values.add(a.version());
            rows.add(values.toArray());
        }
        int[] counts = template.batchUpdate(UPDATE, rows);
        for (int count : counts) {
            // Drivers may answer SUCCESS_NO_INFO (-2) for batches; 0 always means a stale version.
            if (count == 0) {
                throw new OptimisticLockingFailureException("information asset changed by someone else");
            }
        }
    }

    private static void addValues(List<Object> values, InformationAsset a) {
        var d = a.details();
        var c = a.classification();
        var disposal = a.disposal();
        values.add(d.registerNumber());
        values.add(d.name());
        values.add(d.nameKana());
        values.add(d.kind().name());
        values.add(d.description());
        values.add(d.ownerUnitId());
        values.add(d.managerStaffId());
        values.add(d.location());
        values.add(d.zone() == null ? null : d.zone().name());
        values.add(d.retention());
        values.add(d.personal().present());
        values.add(d.personal().specific());
        values.add(d.personal().sensitive());
        values.add(d.personal().peopleCount());
        values.add(c.confidentiality().name());
        values.add(c.confidentialityReason());
        values.add(c.integrity().name());
        values.add(c.integrityReason());
        values.add(c.availability().name());
        values.add(c.availabilityReason());
        values.add(a.status().name());
        values.add(disposal == null ? null : disposal.disposedOn());
        values.add(disposal == null ? null : disposal.person());
        values.add(disposal == null ? null : disposal.method());
        values.add(disposal == null ? null : disposal.requestedBy());
        values.add(disposal == null ? null : disposal.requesterStaffId());
        values.add(disposal == null ? null : disposal.approverStaffId());
        values.add(disposal == null ? null : disposal.approverName());
        values.add(disposal == null || disposal.approvedAt() == null ? null
                : OffsetDateTime.ofInstant(disposal.approvedAt(), ZoneOffset.UTC));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    // Holdings

    /** The information assets a system or medium holds. */
    List<HeldAsset> held(UUID tenantId, UUID containerId) {
        return jdbc.sql("SELECT a.id, a.register_number, a.name, a.confidentiality, a.integrity, a.availability"
                        + " FROM asset_holding h JOIN information_asset a ON a.id = h.held_id AND a.tenant_id = h.tenant_id"
                        + " WHERE h.tenant_id = ? AND h.container_id = ? AND a.status <> 'DISPOSED'"
                        + " ORDER BY a.register_number")
                .params(tenantId, containerId)
                .query((rs, n) -> new HeldAsset(rs.getObject("id", UUID.class), rs.getString("register_number"),
                        rs.getString("name"), Classification.of(Confidentiality.valueOf(rs.getString("confidentiality")),
                                Integrity.valueOf(rs.getString("integrity")),
                                Availability.valueOf(rs.getString("availability")))))
                .list();
    }

    /** The systems and media that hold this asset. */
    List<UUID> containersOf(UUID tenantId, UUID heldId) {
        return jdbc.sql("SELECT container_id FROM asset_holding WHERE tenant_id = ? AND held_id = ?")
                .params(tenantId, heldId).query(UUID.class).list();
    }

    void hold(UUID tenantId, UUID containerId, UUID heldId) {
        jdbc.sql("INSERT INTO asset_holding (tenant_id, container_id, held_id) VALUES (?, ?, ?)")
                .params(tenantId, containerId, heldId).update();
    }

    void holdAll(UUID tenantId, Collection<UUID[]> pairs) {
        template.batchUpdate("INSERT INTO asset_holding (tenant_id, container_id, held_id) VALUES (?, ?, ?)",
                pairs.stream().map(p -> new Object[] {tenantId, p[0], p[1]}).toList());
    }

    boolean holds(UUID tenantId, UUID containerId, UUID heldId) {
        return jdbc.sql("SELECT COUNT(*) FROM asset_holding WHERE tenant_id = ? AND container_id = ? AND held_id = ?")
                .params(tenantId, containerId, heldId).query(Long.class).single() > 0;
    }

    void release(UUID tenantId, UUID containerId, UUID heldId) {
        jdbc.sql("DELETE FROM asset_holding WHERE tenant_id = ? AND container_id = ? AND held_id = ?")
                .params(tenantId, containerId, heldId).update();
    }

    /** Every holding of the tenant as (container, held) pairs; for imports and register-wide checks. */
    List<UUID[]> allHoldings(UUID tenantId) {
        return jdbc.sql("SELECT container_id, held_id FROM asset_holding WHERE tenant_id = ?").param(tenantId)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
    }

    static InformationAsset map(ResultSet rs, int row) throws SQLException {
        var zone = rs.getString("zone");
        var people = rs.getObject("people_count") == null ? null : rs.getInt("people_count");
        var details = new AssetDetails(rs.getString("register_number"), rs.getString("name"), rs.getString("name_kana"),
                AssetKind.valueOf(rs.getString("kind")), rs.getString("description"),
                rs.getObject("owner_unit_id", UUID.class), rs.getObject("manager_staff_id", UUID.class),
                rs.getString("location"), zone == null ? null : Zone.valueOf(zone), rs.getString("retention"),
                new PersonalInformation(rs.getBoolean("personal_info"), rs.getBoolean("specific_personal_info"),
                        rs.getBoolean("sensitive_personal_info"), people));
        var classification = new Classification(Confidentiality.valueOf(rs.getString("confidentiality")),
                rs.getString("confidentiality_reason"), Integrity.valueOf(rs.getString("integrity")),
                rs.getString("integrity_reason"), Availability.valueOf(rs.getString("availability")),
                rs.getString("availability_reason"));
        Disposal disposal = null;
        var disposedOn = rs.getObject("disposed_on", LocalDate.class);
        if (disposedOn != null) {
            var approvedAt = rs.getObject("disposal_approved_at", OffsetDateTime.class);
            disposal = new Disposal(disposedOn, rs.getString("disposal_person"), rs.getString("disposal_method"),
                    rs.getString("disposal_requested_by"), rs.getObject("disposal_requester_id", UUID.class),
                    rs.getObject("disposal_approver_id", UUID.class), rs.getString("disposal_approver_name"),
                    approvedAt == null ? null : approvedAt.toInstant());
        }
        return new InformationAsset(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), details,
                classification, AssetStatus.valueOf(rs.getString("status")), disposal, rs.getLong("version"));
    }
}
