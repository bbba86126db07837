package jp.mamori.gateway;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The gateway's settings, from a properties file with environment overrides ({@code listen.port} is
 * overridden by {@code MAMORI_GATEWAY_LISTEN_PORT}). The hold store's key never comes from the file: it is
 * read from {@code MAMORI_GATEWAY_HOLD_KEY} (base64 of 32 bytes) or from the file named by
 * {@code hold.key-file} (mode 0600, outside the repository), and it is never logged.
 */
public record GatewayConfig(
        InetAddress listenAddress,
        int listenPort,
        String reinjectHost,
        int reinjectPort,
        InetAddress httpAddress,
        int httpPort,
        Path dataDir,
        Duration holdRetention,
        Duration ledgerRetention,
        int maxMessageBytes,
        int maxRecipients,
        int maxConnections,
        Duration clientTimeout,
        Duration reinjectTimeout,
        String hostName,
        String noticeFrom,
        List<TenantPolicy> tenants,
        TenantPolicy fallback,
        byte[] holdKey,
        String appUrl,
        String appToken) {

    static final String ENV_PREFIX = "MAMORI_GATEWAY_";

    public static GatewayConfig load(Path file, Map<String, String> env) throws IOException {
        Properties props = new Properties();
        if (file != null) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            }
        }
        return from(props, env);
    }

    public static GatewayConfig from(Properties props, Map<String, String> env) {
        Settings s = new Settings(props, env);
        InetAddress listen = address(s.get("listen.address", "127.0.0.1"));
        if (!privateAddress(listen) && !s.get("listen.allow-public", "false").equals("true")) {
            throw new IllegalArgumentException("listen.address must be a loopback or private address, not " + listen
                    + ": the filter speaks only to Postfix");
        }
        InetAddress http = address(s.get("http.address", "127.0.0.1"));
        if (!privateAddress(http)) {
            throw new IllegalArgumentException("http.address must be a loopback or private address, not " + http);
        }
        List<TenantPolicy> tenants = new ArrayList<>();
        TreeSet<String> codes = new TreeSet<>();
        for (String name : s.names()) {
            if (name.startsWith("tenant.") && name.endsWith(".domains")) {
                codes.add(name.substring("tenant.".length(), name.length() - ".domains".length()));
            }
        }
        for (String code : codes) {
            tenants.add(new TenantPolicy(code,
                    Arrays.asList(s.get("tenant." + code + ".domains", "").split(",")),
                    TenantPolicy.preset(s.get("tenant." + code + ".preset", "remove")),
                    BlockedMail.parse(s.get("tenant." + code + ".blocked", "notice"))));
        }
        TenantPolicy fallback = new TenantPolicy("-", List.of(),
                TenantPolicy.preset(s.get("default.preset", "remove")),
                BlockedMail.parse(s.get("default.blocked", "notice")));
        int maxBytes = Integer.parseInt(s.get("max-message-bytes", String.valueOf(50 << 20)));
        return new GatewayConfig(
                listen,
                Integer.parseInt(s.get("listen.port", "10025")),
                s.get("reinject.host", "127.0.0.1"),
                Integer.parseInt(s.get("reinject.port", "10026")),
                http,
                Integer.parseInt(s.get("http.port", "10027")),
                Path.of(s.get("data-dir", "/var/lib/mamori-gateway")),
                Duration.ofDays(Long.parseLong(s.get("hold.retention-days", "30"))),
                Duration.ofDays(Long.parseLong(s.get("ledger.retention-days", "7"))),
                maxBytes,
                Integer.parseInt(s.get("max-recipients", "1000")),
                Integer.parseInt(s.get("max-connections", "64")),
                Duration.ofSeconds(Long.parseLong(s.get("client-timeout-seconds", "120"))),
                Duration.ofSeconds(Long.parseLong(s.get("reinject-timeout-seconds", "60"))),
                s.get("host-name", "mamori-gateway.localdomain"),
                s.get("notice.from", "postmaster@mamori-gateway.localdomain"),
                List.copyOf(tenants),
                fallback,
                holdKey(s, env),
                s.get("app.url", ""),
                env.getOrDefault(ENV_PREFIX + "APP_TOKEN", ""));
    }

    /** The tenant whose domain the recipient is in, or the fallback (the strictest reading). */
    public TenantPolicy tenantOf(String recipient) {
        String domain = Envelope.domainOf(recipient);
        for (TenantPolicy tenant : tenants) {
            if (tenant.owns(domain)) {
                return tenant;
            }
        }
        return fallback;
    }

    @Override
    public String toString() {
        // never the key or the token
        return "GatewayConfig[listen=" + listenAddress.getHostAddress() + ":" + listenPort + ", reinject=" + reinjectHost
                + ":" + reinjectPort + ", http=" + httpAddress.getHostAddress() + ":" + httpPort + ", dataDir=" + dataDir
                + ", tenants=" + tenants.stream().map(TenantPolicy::code).toList() + "]";
    }

    private static byte[] holdKey(Settings s, Map<String, String> env) {
        String encoded = env.get(ENV_PREFIX + "HOLD_KEY");
        if (encoded == null || encoded.isBlank()) {
            String keyFile = s.get("hold.key-file", "");
            if (keyFile.isEmpty()) {
                throw new IllegalArgumentException("no hold key: set " + ENV_PREFIX + "HOLD_KEY (base64 of 32 random bytes)"
                        + " or hold.key-file");
            }
            try {
                encoded = Files.readString(Path.of(keyFile), StandardCharsets.US_ASCII).trim();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read hold.key-file " + keyFile + ": " + e.getMessage());
            }
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the hold key is not base64");
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("the hold key must be 32 bytes (AES-256), not " + key.length);
        }
        return key;
    }

    static boolean privateAddress(InetAddress a) {
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
                || (a.getAddress().length == 16 && (a.getAddress()[0] & 0xfe) == 0xfc); // IPv6 ULA fc00::/7
    }

    private static InetAddress address(String value) {
        try {
            return InetAddress.getByName(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an address: " + value);
        }
    }

    /** Properties with environment overrides. */
    private record Settings(Properties props, Map<String, String> env) {
        String get(String name, String fallback) {
            String fromEnv = env.get(ENV_PREFIX + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            if (fromEnv != null && !fromEnv.isBlank()) {
                return fromEnv.trim();
            }
            return props.getProperty(name, fallback).trim();
        }

        List<String> names() {
            return new ArrayList<>(props.stringPropertyNames());
        }
    }


}
