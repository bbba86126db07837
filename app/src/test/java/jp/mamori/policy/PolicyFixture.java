package jp.mamori.policy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo town's policy documents and signed-in readers of it, for web tests. */
final class PolicyFixture {

    static final String KUMENAN = "336661";

    final UUID tenantId;
    final JdbcClient jdbc;

    PolicyFixture(Tenants tenants, JdbcClient jdbc) {
        this.tenantId = tenants.findByCode(new LocalGovernmentCode(KUMENAN)).orElseThrow().id();
        this.jdbc = jdbc;
    }

    UUID document(String title) {
        return jdbc.sql("SELECT id FROM policy_document WHERE tenant_id = ? AND title = ?").params(tenantId, title)
                .query(UUID.class).single();
    }

    UUID revision(UUID documentId, int number) {
        return jdbc.sql("SELECT id FROM policy_revision WHERE tenant_id = ? AND document_id = ? AND number = ?")
                .params(tenantId, documentId, number).query(UUID.class).single();
    }

    long revisionVersion(UUID revisionId) {
        return jdbc.sql("SELECT version FROM policy_revision WHERE id = ?").param(revisionId).query(Long.class).single();
    }

    /** The first staff member (by number) of the unit with that code. */
    UUID staffOf(String unitCode) {
        return jdbc.sql("SELECT s.id FROM staff s JOIN org_unit u ON u.id = s.unit_id WHERE s.tenant_id = ? AND u.code = ?"
                + " ORDER BY s.staff_number").params(tenantId, unitCode).query(UUID.class).list().get(0);
    }

    /** A staff member of the unit with no permissions beyond signing in. */
    CurrentUser staff(String unitCode, String name) {
        return new CurrentUser(UUID.randomUUID(), staffOf(unitCode), tenantId, name, EnumSet.noneOf(Permission.class),
                false, Set.of());
    }

    CurrentUser with(String unitCode, String name, Permission... permissions) {
        return new CurrentUser(UUID.randomUUID(), staffOf(unitCode), tenantId, name,
                permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions),
                true, Set.of());
    }

    /** Someone of another tenant holding every permission. */
    static CurrentUser stranger() {
        return new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "他団体 職員",
                EnumSet.allOf(Permission.class), true, Set.of());
    }

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of()));
    }
}
