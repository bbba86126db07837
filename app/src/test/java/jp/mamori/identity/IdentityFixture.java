package jp.mamori.identity;

import jp.mamori.MutableClock;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds tenants, units, staff, appointments (straight into the organisation's tables: test data only) and
 * accounts with known passwords and TOTP secrets.
 */
class IdentityFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(10);

    final JdbcClient jdbc;
    final Accounts accounts;
    final PasswordHashing hashing;
    final SecretBox box;
    final MutableClock clock;
    final TransactionTemplate transactions;

    IdentityFixture(JdbcClient jdbc, Accounts accounts, PasswordHashing hashing, SecretBox box, MutableClock clock,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.hashing = hashing;
        this.box = box;
        this.clock = clock;
        this.transactions = transactions;
    }

    record Person(UUID tenantId, UUID unitId, UUID staffId, String staffNumber, String code, UUID accountId,
            String loginName, String password, byte[] totpSecret) {
    }

    record TenantRow(UUID id, UUID unitId, String code) {
    }

    /** A tenant of its own with one unit. */
    TenantRow tenant(boolean mfaForAll) {
        var n = SEQUENCE.incrementAndGet();
        var five = String.format("%05d", 10000 + n);
        var code = five + jp.mamori.tenant.LocalGovernmentCode.checkDigit(five);
        var tenant = UUID.randomUUID();
        var unit = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO tenant (id, name, name_kana, name_romaji, code, scheme, separation_model, mfa_for_all, version)
                VALUES (?, ?, 'ためしちょう', 'Tameshi Town', ?, 'R6_10', 'ALPHA', ?, 0)""")
                .params(tenant, "試し町" + n, code, mfaForAll).update();
        jdbc.sql("""
                INSERT INTO org_unit (id, tenant_id, category, level, code, name, name_kana, version)
                VALUES (?, ?, 'EXECUTIVE', 'SECTION', 'U1', '総務課', 'そうむか', 0)""").params(unit, tenant).update();
        return new TenantRow(tenant, unit, code);
    }

    UUID staff(TenantRow tenant, String number) {
        var staff = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO staff (id, tenant_id, staff_number, name, name_kana, kind, unit_id, active_from, version)
                VALUES (?, ?, ?, '山田 太郎', 'やまだ たろう', 'REGULAR', ?, ?, 0)""")
                .params(staff, tenant.id(), number, tenant.unitId(), LocalDate.of(2000, 4, 1)).update();
        return staff;
    }

    void appoint(TenantRow tenant, UUID staff, String role) {
        jdbc.sql("""
                INSERT INTO appointment (id, tenant_id, staff_id, role, unit_id, starts_on, version)
                VALUES (?, ?, ?, ?, NULL, ?, 0)""")
                .params(UUID.randomUUID(), tenant.id(), staff, role, LocalDate.of(2000, 4, 1)).update();
    }

    /** A person with an account; with TOTP enrolled when asked; a CISO when {@code role} is given. */
    Person person(String password, boolean withTotp, String role, boolean mfaForAll) {
        var tenant = tenant(mfaForAll);
        var number = "S" + SEQUENCE.incrementAndGet();
        var staff = staff(tenant, number);
        if (role != null) {
            appoint(tenant, staff, role);
        }
        var id = UUID.randomUUID();
        var login = "user" + number.toLowerCase();
        byte[] secret = null;
        accounts.insert(id, tenant.id(), staff, login, hashing.hash(password), false, clock.instant());
        if (withTotp) {
            secret = Secrets.randomBytes(20);
            accounts.enrolTotp(id, box.seal(secret, id.toString()), 0, clock.instant());
        }
        return new Person(tenant.id(), tenant.unitId(), staff, number, tenant.code(), id, login, password, secret);
    }

    String currentCode(Person person) {
        return Totp.code(person.totpSecret(), Totp.step(clock.instant()));
    }

    static byte[] base32(String text) {
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.replace(" ", "").toUpperCase();
        var out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
