package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.notification.OutgoingMail;
import jp.mamori.notification.Outbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every page that shows a time shows it in the tenant's zone and names the zone once (issue 19). The clock is frozen
 * at 2026-03-31T20:00Z, which is already 2026-04-01 05:00 in Tokyo: a new fiscal year there, the old one in UTC. The
 * demo town is loaded at that moment, so what it writes "now" (asset and measure history, trail entries) also shows
 * that the injected clock was used rather than the machine's.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
@Import(TenantTimeOnPagesTests.FrozenClock.class)
class TenantTimeOnPagesTests {

    static final Instant NOW = Instant.parse("2026-03-31T20:00:00Z");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final String NOTE = "時刻は日本時間（Asia/Tokyo）です。";

    @TestConfiguration(proxyBeanMethods = false)
    static class FrozenClock {
        @Bean
        @Primary
        Clock frozenClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;

    UUID town;
    CurrentUser admin;

    @BeforeEach
    void signIn() {
        town = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        admin = new CurrentUser(UUID.randomUUID(), null, town, "管理 者", EnumSet.allOf(Permission.class), true,
                Set.of());
    }

    @Test
    void assetHistoryIsInTheTenantsZone() throws Exception {
        var asset = jdbc.sql("SELECT id FROM information_asset WHERE tenant_id = ? AND register_number = 'A-001'")
                .param(town).query(UUID.class).single();
        showsNowInTokyo(page("/assets/" + asset, admin), "2026-04-01 05:00");
    }

    @Test
    void measureHistoryIsInTheTenantsZone() throws Exception {
        var measure = jdbc.sql("SELECT measure_id FROM catalog_measure_change WHERE tenant_id = ? ORDER BY measure_id")
                .param(town).query(String.class).list().get(0);
        var html = page("/catalog/measures/" + measure, admin);
        showsNowInTokyo(html, "2026-04-01 05:00");
        assertThat(html).as("last saved, a date in Tokyo").contains("令和8年4月1日 (2026-04-01)");
    }

    @Test
    void trailIsInTheTenantsZone() throws Exception {
        showsNowInTokyo(page("/trail", admin), "2026-04-01 05:00:00");
    }

    @Test
    void mailAdministrationIsInTheTenantsZone() throws Exception {
        var id = transactions.execute(status -> Actor.system("test").callAs(() -> outbox.enqueue(new OutgoingMail(town,
                "yamada@example.jp", "件名", "本文", "test:" + UUID.randomUUID(), "テスト"))));
        showsNowInTokyo(page("/admin/mail", admin), "2026-04-01 05:00");
        showsNowInTokyo(page("/admin/mail/" + id, admin), "2026-04-01 05:00:00");
    }

    @Test
    void aConfirmationIsShownInTheTenantsZone() throws Exception {
        var row = jdbc.sql("SELECT campaign_id, staff_id, confirmed_at FROM acknowledgement WHERE tenant_id = ?"
                + " ORDER BY confirmed_at DESC").param(town)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()}).list().get(0);
        var reader = new CurrentUser(UUID.randomUUID(), (UUID) row[1], town, "職員", Set.of(), false, Set.of());
        var html = page("/acknowledgements/" + row[0], reader);
        var at = (Instant) row[2];
        assertThat(html).contains(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").format(at.atZone(TOKYO)))
                .doesNotContain(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").format(at.atZone(ZoneOffset.UTC)));
        namesTheZoneOnce(html);
    }

    @Test
    void theZoneIsNamedInEnglishToo() throws Exception {
        var html = mvc.perform(get("/trail").param("lang", "en").with(authentication(token(admin))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Times are in Japan Time (Asia/Tokyo).");
    }

    @Test
    void aTenantInAnotherZoneReadsItsOwnTime() throws Exception {
        jdbc.sql("UPDATE tenant SET time_zone = 'America/New_York' WHERE id = ?").param(town).update();
        try {
            var html = page("/trail", admin);
            assertThat(html).contains("2026-03-31 16:00:00").contains("（America/New_York）");
        } finally {
            jdbc.sql("UPDATE tenant SET time_zone = 'Asia/Tokyo' WHERE id = ?").param(town).update();
        }
    }

    private void showsNowInTokyo(String html, String tokyo) {
        var utc = tokyo.length() > 16 ? "2026-03-31 20:00:00" : "2026-03-31 20:00";
        assertThat(html).contains(tokyo).doesNotContain(utc);
        namesTheZoneOnce(html);
    }

    private static void namesTheZoneOnce(String html) {
        assertThat(html.split(NOTE, -1)).as("the zone is named exactly once").hasSize(2);
    }

    private String page(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(authentication(token(user)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static UsernamePasswordAuthenticationToken token(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of());
    }
}
