package jp.mamori.asset;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.LocalGovernmentCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Builds small towns for tests straight into the tables: a tenant with two 課 (総務課 and 税務住民課, each with a
 * 係), a 管理者 appointed to each 課 and a clerk. Signs users in on the test thread.
 */
final class AssetFixture {

    private static final AtomicInteger CODES = new AtomicInteger(10000 + (int) (Math.random() * 50000));

    record Town(UUID tenantId, UUID soumu, UUID soumuSub, UUID zeimu, UUID soumuManager, UUID zeimuManager,
            UUID clerk) {
    }

    private AssetFixture() {
    }

    static Town town(JdbcClient jdbc, ClassificationScheme scheme) {
        var tenant = UUID.randomUUID();
        var code = LocalGovernmentCode.withCheckDigit(Integer.toString(CODES.incrementAndGet()));
        jdbc.sql("INSERT INTO tenant (id, name, name_kana, name_romaji, code, fiscal_year_start_month, scheme,"
                        + " separation_model, mfa_for_all, version) VALUES (?, ?, ?, ?, ?, 4, ?, 'ALPHA', FALSE, 0)")
                .params(tenant, "試験町" + code, "しけんちょう", "Test Town", code.value(), scheme.name()).update();
        var soumu = unit(jdbc, tenant, null, "100", "総務課", "SECTION");
        var soumuSub = unit(jdbc, tenant, soumu, "1003", "情報管理係", "SUBSECTION");
        var zeimu = unit(jdbc, tenant, null, "120", "税務住民課", "SECTION");
        var soumuManager = staff(jdbc, tenant, soumu, "100001", "総務 課長");
        var zeimuManager = staff(jdbc, tenant, zeimu, "100002", "税務 課長");
        var clerk = staff(jdbc, tenant, soumuSub, "100003", "情報 係員");
        appoint(jdbc, tenant, soumuManager, soumu);
        appoint(jdbc, tenant, zeimuManager, zeimu);
        return new Town(tenant, soumu, soumuSub, zeimu, soumuManager, zeimuManager, clerk);
    }

    static UUID unit(JdbcClient jdbc, UUID tenant, UUID parent, String code, String name, String level) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO org_unit (id, tenant_id, parent_id, category, level, code, name, name_kana, active, version)"
                + " VALUES (?, ?, ?, 'EXECUTIVE', ?, ?, ?, ?, TRUE, 0)")
                .params(id, tenant, parent, level, code, name, name).update();
        return id;
    }

    static UUID staff(JdbcClient jdbc, UUID tenant, UUID unit, String number, String name) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO staff (id, tenant_id, staff_number, name, name_kana, kind, unit_id, email, active_from,"
                        + " active_to, version) VALUES (?, ?, ?, ?, ?, 'REGULAR', ?, NULL, ?, NULL, 0)")
                .params(id, tenant, number, name, name, unit, LocalDate.of(2000, 4, 1)).update();
        return id;
    }

    static void appoint(JdbcClient jdbc, UUID tenant, UUID staff, UUID unit) {
        jdbc.sql("INSERT INTO appointment (id, tenant_id, staff_id, role, unit_id, starts_on, ends_on, version)"
                        + " VALUES (?, ?, ?, 'SECTION_SECURITY_MANAGER', ?, ?, NULL, 0)")
                .params(UUID.randomUUID(), tenant, staff, unit, LocalDate.of(2026, 4, 1)).update();
    }

    /** A tenant-wide user with every asset permission. */
    static CurrentUser admin(Town town, UUID staffId) {
        return new CurrentUser(UUID.randomUUID(), staffId, town.tenantId(), "管理 太郎",
                Set.of(Permission.ASSET_VIEW, Permission.ASSET_EDIT, Permission.ASSET_DISPOSAL_APPROVE,
                        Permission.ASSET_RULES_EDIT), true, Set.of());
    }

    static CurrentUser user(Town town, UUID staffId, Set<Permission> permissions, Set<UUID> units) {
        return new CurrentUser(UUID.randomUUID(), staffId, town.tenantId(), "職員 花子", permissions, false, units);
    }

    static Authentication authentication(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of());
    }

    /** Signs the user in on this thread (for calling services directly); clear with {@link #signOut()}. */
    static void signIn(CurrentUser user) {
        SecurityContextHolder.getContext().setAuthentication(authentication(user));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    static AssetDetails details(Town town, String number, String name, AssetKind kind, Zone zone) {
        return new AssetDetails(number, name, "", kind, "", town.soumu(), null, "庁舎", zone, "5年",
                PersonalInformation.NONE);
    }

    static Classification cls(Confidentiality c, Integrity i, Availability a) {
        return Classification.of(c, i, a);
    }
}
