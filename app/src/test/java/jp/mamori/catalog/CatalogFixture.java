package jp.mamori.catalog;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.LocalGovernmentCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Small towns straight into the tables (a tenant with 総務課 and 税務住民課) and signed-in users for MockMvc. */
final class CatalogFixture {

    private static final AtomicInteger CODES = new AtomicInteger(60000 + (int) (Math.random() * 30000));

    record Town(UUID tenantId, UUID soumu, UUID zeimu) {
    }

    private CatalogFixture() {
    }

    static Town town(JdbcClient jdbc) {
        var tenant = UUID.randomUUID();
        var code = LocalGovernmentCode.withCheckDigit(Integer.toString(CODES.incrementAndGet()));
        jdbc.sql("INSERT INTO tenant (id, name, name_kana, name_romaji, code, fiscal_year_start_month, scheme,"
                        + " separation_model, mfa_for_all, version) VALUES (?, ?, ?, ?, ?, 4, 'R6_10', 'ALPHA', FALSE, 0)")
                .params(tenant, "試験町" + code, "しけんちょう", "Test Town", code.value()).update();
        return new Town(tenant, unit(jdbc, tenant, "100", "総務課"), unit(jdbc, tenant, "120", "税務住民課"));
    }

    private static UUID unit(JdbcClient jdbc, UUID tenant, String code, String name) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO org_unit (id, tenant_id, parent_id, category, level, code, name, name_kana, active, version)"
                        + " VALUES (?, ?, NULL, 'EXECUTIVE', 'SECTION', ?, ?, ?, TRUE, 0)")
                .params(id, tenant, code, name, name).update();
        return id;
    }

    static CurrentUser user(Town town, Set<Permission> permissions) {
        return new CurrentUser(UUID.randomUUID(), null, town.tenantId(), "試験 利用者", permissions, true, Set.of());
    }

    static CurrentUser editor(Town town) {
        return user(town, EnumSet.of(Permission.CATALOG_VIEW, Permission.CATALOG_EDIT));
    }

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.NO_AUTHORITIES));
    }
}
