package jp.mamori.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The outbox pages: MAIL_ADMIN only, one tenant's mails only, retry and give-up with confirmation and trail, export. */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=false", "mamori.mail.poll-interval=1h"})
@AutoConfigureMockMvc
class MailAdminControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    UUID tenant;
    UUID other;
    UUID failed;
    UUID othersMail;

    @BeforeEach
    void setUp() {
        tenant = UUID.randomUUID();
        other = UUID.randomUUID();
        failed = mail(tenant, "yamada@town.test.example", "督促のお知らせ", "FAILED", "ConnectException: Connection refused");
        othersMail = mail(other, "secret@village.test.example", "他団体の秘密の件名", "PENDING", null);
    }

    private UUID mail(UUID tenantId, String to, String subject, String state, String error) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO outgoing_mail (id, tenant_id, dedup_key, recipient, subject, body, caused_by, requested_by,
                    state, attempts, next_attempt_at, last_error, created_at, version)
                VALUES (?, ?, ?, ?, ?, '本文です', '読了確認の督促', 'test', ?, 8, ?, ?, ?, 0)""")
                .params(id, tenantId, "k-" + id, to, subject, state, now, error, now).update();
        return id;
    }

    private static RequestPostProcessor as(UUID tenantId, Permission... permissions) {
        var set = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
        var user = new CurrentUser(UUID.randomUUID(), null, tenantId, "管理 者", set, true, Set.of());
        return authentication(new UsernamePasswordAuthenticationToken(user, null, java.util.List.of()));
    }

    @Test
    void everyEndpointNeedsMailAdmin() throws Exception {
        var viewer = as(tenant, Permission.TRAIL_VIEW, Permission.ACKNOWLEDGEMENT_MANAGE);
        for (var path : new String[] {"/admin/mail", "/admin/mail/" + failed, "/admin/mail/" + failed + "/retry",
                "/admin/mail/" + failed + "/give-up", "/admin/mail/export.csv"}) {
            mvc.perform(get(path).with(viewer)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/mail/" + failed + "/retry").param("version", "0").with(csrf()).with(viewer))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/mail/" + failed + "/give-up").param("version", "0").with(csrf()).with(viewer))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsOnlyTheTenantsMailsAndSearches() throws Exception {
        var page = mvc.perform(get("/admin/mail").with(as(tenant, Permission.MAIL_ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("督促のお知らせ").contains("ConnectException").doesNotContain("他団体の秘密の件名");
        var none = mvc.perform(get("/admin/mail").param("q", "存在しない").with(as(tenant, Permission.MAIL_ADMIN)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).doesNotContain("督促のお知らせ");
    }

    @Test
    void anotherTenantsMailIsNotFound() throws Exception {
        var admin = as(tenant, Permission.MAIL_ADMIN);
        mvc.perform(get("/admin/mail/" + othersMail).with(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/mail/" + othersMail + "/give-up").with(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/mail/" + othersMail + "/give-up").param("version", "0").with(csrf()).with(admin))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT state FROM outgoing_mail WHERE id = ?").param(othersMail).query(String.class).single())
                .isEqualTo("PENDING");
    }

    @Test
    void retryNowIsConfirmedFirstThenMakesTheMailDueWithATrailEntry() throws Exception {
        var admin = as(tenant, Permission.MAIL_ADMIN);
        var confirm = mvc.perform(get("/admin/mail/" + failed + "/retry").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(confirm).contains("yamada@town.test.example").contains("name=\"version\"");
        assertThat(state(failed)).isEqualTo("FAILED");

        mvc.perform(post("/admin/mail/" + failed + "/retry").param("version", "0").with(csrf()).with(admin))
                .andExpect(status().is3xxRedirection());
        assertThat(state(failed)).isEqualTo("PENDING");
        assertThat(trail("notification.mail.retried", failed)).isEqualTo(1);

        // A stale version is a conflict, never a silent second change.
        mvc.perform(post("/admin/mail/" + failed + "/give-up").param("version", "0").with(csrf()).with(admin))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/mail/" + failed + "/give-up").param("version", "1").with(csrf()).with(admin))
                .andExpect(status().is3xxRedirection());
        assertThat(state(failed)).isEqualTo("CANCELLED");
        assertThat(trail("notification.mail.cancelled", failed)).isEqualTo(1);
        // A given-up mail cannot be given up again.
        mvc.perform(post("/admin/mail/" + failed + "/give-up").param("version", "2").with(csrf()).with(admin))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void exportsTheTenantsOutboxAsCsvAndXlsx() throws Exception {
        var admin = as(tenant, Permission.MAIL_ADMIN);
        var started = mvc.perform(get("/admin/mail/export.csv").with(admin)).andReturn();
        var csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("yamada@town.test.example").contains("督促のお知らせ").contains("失敗")
                .doesNotContain("他団体");
        // Issue 19: the times are the tenant's, and the header says so.
        assertThat(csv.lines().findFirst().orElseThrow()).contains("（Asia/Tokyo）");
        var xlsx = mvc.perform(asyncDispatch(mvc.perform(get("/admin/mail/export.xlsx").with(admin)).andReturn()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentType()).contains("spreadsheetml");
        assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
    }

    private String state(UUID id) {
        return jdbc.sql("SELECT state FROM outgoing_mail WHERE id = ?").param(id).query(String.class).single();
    }

    private long trail(String action, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = ? AND object_id = ?")
                .params(action, id.toString()).query(Long.class).single();
    }
}
