package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import jp.mamori.sanitizer.SanitizerPolicy;
import org.junit.jupiter.api.Test;

class GatewayConfigTests {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void recipients_find_their_tenant_by_domain_and_subdomain_and_the_rest_get_the_strict_fallback() {
        GatewayConfig c = GatewayConfig.from(props("tenant.kumenan.domains", "town.kumenan.lg.jp, kumenan.example",
                "tenant.kumenan.preset", "hold", "tenant.kumenan.blocked", "none", "tenant.pref.domains", "pref.example.lg.jp",
                "tenant.pref.preset", "convert"), Map.of("MAMORI_GATEWAY_HOLD_KEY", KEY));

        assertThat(c.tenantOf("a@TOWN.kumenan.lg.jp").code()).isEqualTo("kumenan");
        assertThat(c.tenantOf("a@soumu.kumenan.example").code()).isEqualTo("kumenan");
        assertThat(c.tenantOf("a@kumenan.lg.jp").code()).isEqualTo("-");
        assertThat(c.tenantOf("a@notkumenan.example").code()).isEqualTo("-");
        assertThat(c.tenantOf("a@kumenan.example").preset()).isEqualTo(SanitizerPolicy.LGWAN_HOLD);
        assertThat(c.tenantOf("a@kumenan.example").blocked()).isEqualTo(BlockedMail.NONE);
        assertThat(c.tenantOf("a@pref.example.lg.jp").preset()).isEqualTo(SanitizerPolicy.LGWAN_CONVERT);
        assertThat(c.tenantOf("x@else.example").preset()).isEqualTo(SanitizerPolicy.LGWAN_STRICT);
    }

    @Test
    void the_listener_refuses_a_public_address_and_the_environment_overrides_the_file() {
        assertThatThrownBy(() -> GatewayConfig.from(props("listen.address", "8.8.8.8"), Map.of("MAMORI_GATEWAY_HOLD_KEY", KEY)))
                .hasMessageContaining("loopback or private");
        GatewayConfig c = GatewayConfig.from(props("listen.address", "10.1.2.3", "listen.port", "10025"),
                Map.of("MAMORI_GATEWAY_HOLD_KEY", KEY, "MAMORI_GATEWAY_LISTEN_PORT", "20025"));
        assertThat(c.listenPort()).isEqualTo(20025);
        assertThat(c.listenAddress().getHostAddress()).isEqualTo("10.1.2.3");
    }

    @Test
    void the_hold_key_is_required_must_be_32_bytes_and_is_never_in_to_string() {
        assertThatThrownBy(() -> GatewayConfig.from(props(), Map.of())).hasMessageContaining("no hold key");
        assertThatThrownBy(() -> GatewayConfig.from(props(), Map.of("MAMORI_GATEWAY_HOLD_KEY",
                Base64.getEncoder().encodeToString(new byte[16])))).hasMessageContaining("32 bytes");
        String secret = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        GatewayConfig c = GatewayConfig.from(props(), Map.of("MAMORI_GATEWAY_HOLD_KEY", secret, "MAMORI_GATEWAY_APP_TOKEN", "mms_x"));
        assertThat(c.toString()).doesNotContain(secret).doesNotContain("mms_x");
    }
}
