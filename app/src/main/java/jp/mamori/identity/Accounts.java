package jp.mamori.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account table and its satellites. Every method that changes a row is a guarded single statement. */
@Repository
class Accounts {

    private static final String COLUMNS = "id, tenant_id, staff_id, login_name, password_hash, administrator, enabled,"
            + " totp_secret, totp_last_step, failed_streak, locked_until, authz_version, version FROM account";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE id = ?").param(id).query(Accounts::map).optional();
    }

    Optional<Account> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(Accounts::map).optional();
    }

    /** Whether the account is one of the installation's operators (not a tenant's right). */
    boolean installationOperator(UUID accountId) {
        return jdbc.sql("SELECT installation_operator FROM account WHERE id = ?").param(accountId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Grants or takes the operator role; raises the permission version so that sessions re-derive at once. */
    boolean setInstallationOperator(UUID accountId, boolean operator) {
        return jdbc.sql("""
                UPDATE account SET installation_operator = ?, authz_version = authz_version + 1, version = version + 1
                WHERE id = ? AND installation_operator <> ?""").params(operator, accountId, operator).update() == 1;
    }

    Optional<Account> findByLoginName(String loginName) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE login_name = ?").param(Account.normaliseLoginName(loginName))
                .query(Accounts::map).optional();
    }

    Optional<Account> findByStaff(UUID tenantId, UUID staffId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND staff_id = ?").params(tenantId, staffId)
                .query(Accounts::map).optional();
    }

    List<Account> ofTenant(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? ORDER BY login_name").param(tenantId)
                .query(Accounts::map).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    boolean loginNameTaken(String loginName) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE login_name = ?")
                .param(Account.normaliseLoginName(loginName)).query(Long.class).single() > 0;
    }

    void insert(UUID id, UUID tenantId, UUID staffId, String loginName, String passwordHash, boolean administrator,
            Instant now) {
        jdbc.sql("""
                INSERT INTO account (id, tenant_id, staff_id, login_name, password_hash, administrator, enabled,
                    created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, 0)""")
                .params(id, tenantId, staffId, Account.normaliseLoginName(loginName), passwordHash, administrator,
                        Timestamp.from(now))
                .update();
    }

    void changePassword(Account account, String passwordHash) {
        guarded(jdbc.sql("UPDATE account SET password_hash = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(passwordHash, account.id(), account.version()).update());
    }

    /** Counts a failed attempt: the streak, the hourly window, and the lock the caller computed. */
    void recordFailure(UUID id, Instant now, Instant lockedUntil) {
        jdbc.sql("UPDATE account SET failed_streak = failed_streak + 1, locked_until = ? WHERE id = ?")
                .params(lockedUntil == null ? null : Timestamp.from(lockedUntil), id).update();
        jdbc.sql("INSERT INTO account_failure (account_id, failed_at) VALUES (?, ?)").params(id, Timestamp.from(now))
                .update();
    }

    /** The failures since that instant, oldest first; older ones are deleted (only the last hour counts). */
    List<Instant> failuresSince(UUID id, Instant since) {
        jdbc.sql("DELETE FROM account_failure WHERE account_id = ? AND failed_at < ?").params(id, Timestamp.from(since))
                .update();
        return jdbc.sql("SELECT failed_at FROM account_failure WHERE account_id = ? ORDER BY failed_at")
                .param(id).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    }

    void recordSuccess(UUID id) {
        jdbc.sql("UPDATE account SET failed_streak = 0, locked_until = NULL WHERE id = ?").param(id).update();
    }

    void unlock(UUID tenantId, UUID id) {
        jdbc.sql("UPDATE account SET failed_streak = 0, locked_until = NULL WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).update();
        jdbc.sql("DELETE FROM account_failure WHERE account_id = ?").param(id).update();
    }

    /**
     * Records a TOTP time-step as used, only when it is later than the last one. One statement, so that two
     * requests or two app nodes presenting the same code cannot both succeed.
     */
    boolean acceptTotpStep(UUID id, long step) {
        return jdbc.sql("UPDATE account SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?")
                .params(step, id, step).update() == 1;
    }

    void enrolTotp(UUID id, byte[] sealedSecret, long acceptedStep, Instant now) {
        jdbc.sql("""
                UPDATE account SET totp_secret = ?, totp_last_step = ?, totp_enrolled_at = ?, version = version + 1
                WHERE id = ?""")
                .params(sealedSecret, acceptedStep, Timestamp.from(now), id).update();
    }

    void removeTotp(UUID tenantId, UUID id) {
        jdbc.sql("""
                UPDATE account SET totp_secret = NULL, totp_enrolled_at = NULL, version = version + 1
                WHERE tenant_id = ? AND id = ?""").params(tenantId, id).update();
        jdbc.sql("DELETE FROM account_recovery_code WHERE account_id = ?").param(id).update();
    }

    void disable(UUID tenantId, UUID id) {
        jdbc.sql("""
                UPDATE account SET enabled = FALSE, authz_version = authz_version + 1, version = version + 1
                WHERE tenant_id = ? AND id = ?""").params(tenantId, id).update();
    }

    /**
     * Disables or enables the account, guarded by the version the administrator saw. Raising the permission
     * version makes every signed-in session of the account look again (and end, when disabled).
     */
    void setEnabled(Account account, long version, boolean enabled) {
        guarded(jdbc.sql("""
                UPDATE account SET enabled = ?, authz_version = authz_version + 1, version = version + 1
                WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(enabled, account.tenantId(), account.id(), version).update());
    }

    /** Marks the staff member's permissions as changed; sessions re-derive them on their next request. */
    void permissionsChanged(UUID tenantId, UUID staffId) {
        jdbc.sql("UPDATE account SET authz_version = authz_version + 1 WHERE tenant_id = ? AND staff_id = ?")
                .params(tenantId, staffId).update();
    }

    /** The enabled flag and permission version of a signed-in account, checked on every request. */
    Optional<long[]> state(UUID id) {
        return jdbc.sql("SELECT enabled, authz_version FROM account WHERE id = ?").param(id)
                .query((rs, n) -> new long[] {rs.getBoolean(1) ? 1 : 0, rs.getLong(2)}).optional();
    }

    void replaceRecoveryCodes(Account account, List<byte[]> hashes) {
        jdbc.sql("DELETE FROM account_recovery_code WHERE account_id = ?").param(account.id()).update();
        for (var hash : hashes) {
            jdbc.sql("INSERT INTO account_recovery_code (account_id, tenant_id, code_hash) VALUES (?, ?, ?)")
                    .params(account.id(), account.tenantId(), hash).update();
        }
    }

    /** Uses a recovery code once: true only for the request that marks it used. */
    boolean useRecoveryCode(UUID id, byte[] hash, Instant now) {
        return jdbc.sql("""
                UPDATE account_recovery_code SET used_at = ?
                WHERE account_id = ? AND code_hash = ? AND used_at IS NULL""")
                .params(Timestamp.from(now), id, hash).update() == 1;
    }

    int unusedRecoveryCodes(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM account_recovery_code WHERE account_id = ? AND used_at IS NULL")
                .param(id).query(Integer.class).single();
    }

    private static void guarded(int updated) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("the account was changed meanwhile");
        }
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        var locked = rs.getTimestamp("locked_until");
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("staff_id", UUID.class),
                rs.getString("login_name"),
                rs.getString("password_hash"),
                rs.getBoolean("administrator"),
                rs.getBoolean("enabled"),
                rs.getBytes("totp_secret"),
                rs.getLong("totp_last_step"),
                rs.getInt("failed_streak"),
                locked == null ? null : locked.toInstant(),
                rs.getLong("authz_version"),
                rs.getLong("version"));
    }
}
