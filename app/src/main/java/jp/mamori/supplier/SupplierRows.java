package jp.mamori.supplier;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.asset.Confidentiality;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The supplier tables, read and written with the tenant id in every statement; updates check {@code version} and
 * report a stale one as no row written. Package-private.
 */
@Repository
class SupplierRows {

    private final JdbcClient jdbc;

    SupplierRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenants that hold any supplier data, for the daily check. */
    List<UUID> tenants() {
        return jdbc.sql("""
                SELECT tenant_id FROM supplier_contractor UNION SELECT tenant_id FROM supplier_cloud_service
                UNION SELECT tenant_id FROM supplier_social_account""").query(UUID.class).list();
    }

    // --- contractors

    List<Contractor> contractors(UUID tenantId) {
        return jdbc.sql("SELECT * FROM supplier_contractor WHERE tenant_id = ? ORDER BY name").param(tenantId)
                .query(SupplierRows::contractor).list();
    }

    Optional<Contractor> contractor(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM supplier_contractor WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(SupplierRows::contractor).optional();
    }

    void insert(Contractor c) {
        jdbc.sql("""
                INSERT INTO supplier_contractor (id, tenant_id, name, unit_id, work, contact_name, contact_email,
                    isms_expires_on, privacy_mark_expires_on, staff_with_access, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(c.id(), c.tenantId(), c.name(), c.unitId(), c.work(), c.contactName(), c.contactEmail(),
                        date(c.ismsExpiresOn()), date(c.privacyMarkExpiresOn()), c.staffWithAccess())
                .update();
    }

    boolean update(Contractor c) {
        return jdbc.sql("""
                UPDATE supplier_contractor SET name = ?, unit_id = ?, work = ?, contact_name = ?, contact_email = ?,
                    isms_expires_on = ?, privacy_mark_expires_on = ?, staff_with_access = ?, version = version + 1
                WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(c.name(), c.unitId(), c.work(), c.contactName(), c.contactEmail(), date(c.ismsExpiresOn()),
                        date(c.privacyMarkExpiresOn()), c.staffWithAccess(), c.tenantId(), c.id(), c.version())
                .update() == 1;
    }

    private static Contractor contractor(ResultSet rs, int row) throws SQLException {
        return new Contractor(uuid(rs, "id"), uuid(rs, "tenant_id"), rs.getString("name"), uuid(rs, "unit_id"),
                rs.getString("work"), rs.getString("contact_name"), rs.getString("contact_email"),
                local(rs.getDate("isms_expires_on")), local(rs.getDate("privacy_mark_expires_on")),
                rs.getString("staff_with_access"), rs.getLong("version"));
    }

    // --- sub-contractors

    List<Subcontractor> subcontractors(UUID tenantId) {
        return jdbc.sql("SELECT * FROM supplier_subcontractor WHERE tenant_id = ? ORDER BY name").param(tenantId)
                .query(SupplierRows::subcontractor).list();
    }

    List<Subcontractor> subcontractorsOf(UUID tenantId, UUID contractorId) {
        return jdbc.sql("SELECT * FROM supplier_subcontractor WHERE tenant_id = ? AND contractor_id = ? ORDER BY name")
                .params(tenantId, contractorId).query(SupplierRows::subcontractor).list();
    }

    void insert(Subcontractor s) {
        jdbc.sql("""
                INSERT INTO supplier_subcontractor (id, tenant_id, contractor_id, name, work, approved_on, same_duties,
                    version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(s.id(), s.tenantId(), s.contractorId(), s.name(), s.work(), date(s.approvedOn()),
                        s.sameDuties())
                .update();
    }

    private static Subcontractor subcontractor(ResultSet rs, int row) throws SQLException {
        return new Subcontractor(uuid(rs, "id"), uuid(rs, "tenant_id"), uuid(rs, "contractor_id"), rs.getString("name"),
                rs.getString("work"), local(rs.getDate("approved_on")), rs.getBoolean("same_duties"),
                rs.getLong("version"));
    }

    // --- contracts

    List<Contract> contracts(UUID tenantId) {
        return jdbc.sql("SELECT * FROM supplier_contract WHERE tenant_id = ? ORDER BY ends_on, title").param(tenantId)
                .query(SupplierRows::contract).list();
    }

    List<Contract> contractsOf(UUID tenantId, UUID contractorId) {
        return jdbc.sql("SELECT * FROM supplier_contract WHERE tenant_id = ? AND contractor_id = ? ORDER BY starts_on")
                .params(tenantId, contractorId).query(SupplierRows::contract).list();
    }

    Optional<Contract> contract(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM supplier_contract WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(SupplierRows::contract).optional();
    }

    void insert(Contract c) {
        jdbc.sql("""
                INSERT INTO supplier_contract (id, tenant_id, contractor_id, title, starts_on, ends_on, clauses,
                    deletion_certified_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(c.id(), c.tenantId(), c.contractorId(), c.title(), date(c.startsOn()), date(c.endsOn()),
                        Contract.format(c.clauses()), date(c.deletionCertifiedOn()))
                .update();
    }

    boolean update(Contract c) {
        return jdbc.sql("""
                UPDATE supplier_contract SET title = ?, starts_on = ?, ends_on = ?, clauses = ?,
                    deletion_certified_on = ?, version = version + 1
                WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(c.title(), date(c.startsOn()), date(c.endsOn()), Contract.format(c.clauses()),
                        date(c.deletionCertifiedOn()), c.tenantId(), c.id(), c.version())
                .update() == 1;
    }

    private static Contract contract(ResultSet rs, int row) throws SQLException {
        return new Contract(uuid(rs, "id"), uuid(rs, "tenant_id"), uuid(rs, "contractor_id"), rs.getString("title"),
                local(rs.getDate("starts_on")), local(rs.getDate("ends_on")), Contract.parse(rs.getString("clauses")),
                local(rs.getDate("deletion_certified_on")), rs.getLong("version"));
    }

    // --- periodic checks

    List<PeriodicCheck> checks(UUID tenantId) {
        return jdbc.sql("SELECT * FROM supplier_periodic_check WHERE tenant_id = ? ORDER BY due_on").param(tenantId)
                .query(SupplierRows::check).list();
    }

    List<PeriodicCheck> checksOf(UUID tenantId, UUID contractId) {
        return jdbc.sql("SELECT * FROM supplier_periodic_check WHERE tenant_id = ? AND contract_id = ? ORDER BY due_on")
                .params(tenantId, contractId).query(SupplierRows::check).list();
    }

    Optional<PeriodicCheck> check(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM supplier_periodic_check WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(SupplierRows::check).optional();
    }

    void insert(PeriodicCheck c) {
        jdbc.sql("""
                INSERT INTO supplier_periodic_check (id, tenant_id, contract_id, title, kind, due_on, version)
                VALUES (?, ?, ?, ?, ?, ?, 0)""")
                .params(c.id(), c.tenantId(), c.contractId(), c.title(), c.kind().name(), date(c.dueOn())).update();
    }

    /** Records the answer once: a check already answered is not written again. */
    boolean answer(PeriodicCheck c) {
        return jdbc.sql("""
                UPDATE supplier_periodic_check SET answers = ?, remarks = ?, answered_by = ?, answered_at = ?,
                    version = version + 1
                WHERE tenant_id = ? AND id = ? AND version = ? AND answered_at IS NULL""")
                .params(c.answers(), c.remarks(), c.answeredBy(), Timestamp.from(c.answeredAt()), c.tenantId(), c.id(),
                        c.version())
                .update() == 1;
    }

    private static PeriodicCheck check(ResultSet rs, int row) throws SQLException {
        var at = rs.getTimestamp("answered_at");
        return new PeriodicCheck(uuid(rs, "id"), uuid(rs, "tenant_id"), uuid(rs, "contract_id"), rs.getString("title"),
                PeriodicCheck.Kind.valueOf(rs.getString("kind")), local(rs.getDate("due_on")), rs.getString("answers"),
                rs.getString("remarks"), rs.getString("answered_by"), at == null ? null : at.toInstant(),
                rs.getLong("version"));
    }

    // --- cloud services

    List<CloudService> clouds(UUID tenantId) {
        return jdbc.sql("SELECT * FROM supplier_cloud_service WHERE tenant_id = ? ORDER BY provider, service")
                .param(tenantId).query(SupplierRows::cloud).list();
    }

    Optional<CloudService> cloud(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM supplier_cloud_service WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(SupplierRows::cloud).optional();
    }

    void insert(CloudService c) {
        jdbc.sql("""
                INSERT INTO supplier_cloud_service (id, tenant_id, provider, service, unit_id, ismap_registered,
                    ismap_expires_on, data_location, allowed_class, terms_of_service, approved_on, exit_plan, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(c.id(), c.tenantId(), c.provider(), c.service(), c.unitId(), c.ismapRegistered(),
                        date(c.ismapExpiresOn()), c.dataLocation(), c.allowedClass().name(), c.termsOfService(),
                        date(c.approvedOn()), c.exitPlan())
                .update();
    }

    private static CloudService cloud(ResultSet rs, int row) throws SQLException {
        return new CloudService(uuid(rs, "id"), uuid(rs, "tenant_id"), rs.getString("provider"),
                rs.getString("service"), uuid(rs, "unit_id"), rs.getBoolean("ismap_registered"),
                local(rs.getDate("ismap_expires_on")), rs.getString("data_location"),
                Confidentiality.valueOf(rs.getString("allowed_class")), rs.getBoolean("terms_of_service"),
                local(rs.getDate("approved_on")), rs.getString("exit_plan"), rs.getLong("version"));
    }

    // --- social-media accounts

    List<SocialAccount> socials(UUID tenantId) {
        return jdbc.sql("SELECT * FROM supplier_social_account WHERE tenant_id = ? ORDER BY platform, account_name")
                .param(tenantId).query(SupplierRows::social).list();
    }

    Optional<SocialAccount> social(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM supplier_social_account WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(SupplierRows::social).optional();
    }

    void insert(SocialAccount s) {
        jdbc.sql("""
                INSERT INTO supplier_social_account (id, tenant_id, platform, account_name, url, unit_id,
                    responsible_staff_id, procedure_title, listed_on_website, second_factor, credential_holder,
                    last_activity_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(s.id(), s.tenantId(), s.platform(), s.accountName(), s.url(), s.unitId(),
                        s.responsibleStaffId(), s.procedureTitle(), s.listedOnWebsite(), s.secondFactor(),
                        s.credentialHolder(), date(s.lastActivityOn()))
                .update();
    }

    private static SocialAccount social(ResultSet rs, int row) throws SQLException {
        return new SocialAccount(uuid(rs, "id"), uuid(rs, "tenant_id"), rs.getString("platform"),
                rs.getString("account_name"), rs.getString("url"), uuid(rs, "unit_id"),
                rs.getObject("responsible_staff_id", UUID.class), rs.getString("procedure_title"),
                rs.getBoolean("listed_on_website"), rs.getBoolean("second_factor"), rs.getString("credential_holder"),
                local(rs.getDate("last_activity_on")), rs.getLong("version"));
    }

    // --- links to the asset register

    List<UUID> assetsOf(UUID tenantId, UUID ownerId) {
        return jdbc.sql("SELECT asset_id FROM supplier_asset_link WHERE tenant_id = ? AND owner_id = ?")
                .params(tenantId, ownerId).query(UUID.class).list();
    }

    List<UUID[]> assetLinks(UUID tenantId) {
        return jdbc.sql("SELECT owner_id, asset_id FROM supplier_asset_link WHERE tenant_id = ?").param(tenantId)
                .query((rs, n) -> new UUID[] {uuid(rs, "owner_id"), uuid(rs, "asset_id")}).list();
    }

    void link(UUID tenantId, String ownerKind, UUID ownerId, UUID assetId) {
        jdbc.sql("INSERT INTO supplier_asset_link (tenant_id, owner_kind, owner_id, asset_id) VALUES (?, ?, ?, ?)")
                .params(tenantId, ownerKind, ownerId, assetId).update();
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
