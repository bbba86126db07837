package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A09: the canonical encoding (version 1) and the hashes of one fixed entry, pinned in
 * {@code golden-entry-v1.txt}. If this fails, stored trails no longer verify: never update the file to make
 * it pass; add a new encoding version instead.
 */
class TrailGoldenTests {

    static final TrailEntry FIXED = new TrailEntry(42, Instant.parse("2026-04-01T00:00:00.123456Z"),
            UUID.fromString("5b0f3c1e-8d2a-4c61-9f3e-1a2b3c4d5e6f"), "account", "0e7c2b64-3f1d-4a8e-b5c9-7d6e5f4a3b2c",
            "山田 太郎", "organization.unit.renamed", "OrgUnit", "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
            "名称: 総務課 → 総務企画課", "192.0.2.10", "req-0001");

    static Map<String, String> golden() throws IOException {
        var values = new LinkedHashMap<String, String>();
        try (InputStream in = TrailGoldenTests.class.getResourceAsStream("golden-entry-v1.txt")) {
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    var eq = line.indexOf('=');
                    values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        }
        return values;
    }

    @Test
    void theEncodingAndHashesOfAFixedEntryNeverChange() throws IOException {
        var golden = golden();
        var hex = HexFormat.of();
        var canonical = CanonicalEncoding.encode(FIXED);
        assertThat(canonical[0]).as("version byte").isEqualTo((byte) 1);
        assertThat(hex.formatHex(canonical)).isEqualTo(golden.get("canonical"));
        var leaf = CanonicalEncoding.leafHash(FIXED);
        assertThat(hex.formatHex(leaf)).isEqualTo(golden.get("leaf"));
        assertThat(hex.formatHex(CanonicalEncoding.chainHash(CanonicalEncoding.genesis(), leaf))).isEqualTo(golden.get("chain-after-genesis"));
    }
}
