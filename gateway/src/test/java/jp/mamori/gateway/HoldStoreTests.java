package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoldStoreTests {
    @TempDir
    Path dir;

    private static byte[] key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    private static HoldStore.Held held(HoldStore store, String key, Instant at, Duration keep) {
        String ref = store.referenceFor(key, "town");
        return new HoldStore.Held(ref, "town", new Envelope("s@internet.example", List.of("r@town.example.jp")), at,
                at.plus(keep), "SANITISED", null, "Subject: secret original\r\n\r\nTOP-SECRET-BODY\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_original_comes_back_as_it_was_and_is_never_readable_on_disk() throws Exception {
        HoldStore store = new HoldStore(dir, key());
        HoldStore.Held h = held(store, "k1", Instant.parse("2026-12-01T00:00:00Z"), Duration.ofDays(30));
        store.put(h);

        HoldStore.Held back = store.get(h.reference()).orElseThrow();
        assertThat(back.original()).isEqualTo(h.original());
        assertThat(back.envelope()).isEqualTo(h.envelope());
        assertThat(back.tenant()).isEqualTo("town");
        for (Path f : Files.list(dir).toList()) {
            String onDisk = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(onDisk).doesNotContain("TOP-SECRET-BODY").doesNotContain("r@town.example.jp")
                    .doesNotContain("s@internet.example");
        }
    }

    @Test
    void the_reference_is_stable_for_a_key_and_differs_between_keys_tenants_and_hold_keys() throws Exception {
        byte[] k = key();
        HoldStore a = new HoldStore(dir.resolve("a"), k);
        assertThat(a.referenceFor("key", "town")).isEqualTo(new HoldStore(dir.resolve("b"), k).referenceFor("key", "town"))
                .matches("GW-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}")
                .isNotEqualTo(a.referenceFor("key2", "town"))
                .isNotEqualTo(a.referenceFor("key", "other"))
                .isNotEqualTo(new HoldStore(dir.resolve("c"), key()).referenceFor("key", "town"));
    }

    @Test
    void another_key_an_altered_file_or_a_file_moved_under_another_reference_does_not_decrypt() throws Exception {
        byte[] k = key();
        HoldStore store = new HoldStore(dir, k);
        HoldStore.Held one = held(store, "one", Instant.parse("2026-12-01T00:00:00Z"), Duration.ofDays(1));
        HoldStore.Held two = held(store, "two", Instant.parse("2026-12-01T00:00:00Z"), Duration.ofDays(1));
        store.put(one);
        store.put(two);

        assertThatThrownBy(() -> new HoldStore(dir, key()).get(one.reference())).isInstanceOf(IOException.class);

        Files.copy(dir.resolve(one.reference() + ".hold"), dir.resolve(two.reference() + ".hold"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> store.get(two.reference())).isInstanceOf(IOException.class);

        byte[] bytes = Files.readAllBytes(dir.resolve(one.reference() + ".hold"));
        bytes[bytes.length - 20] ^= 1;
        Files.write(dir.resolve(one.reference() + ".hold"), bytes);
        assertThatThrownBy(() -> store.get(one.reference())).isInstanceOf(IOException.class);
    }

    @Test
    void the_sweep_deletes_expired_originals_only_and_an_unknown_reference_is_empty() throws Exception {
        HoldStore store = new HoldStore(dir, key());
        Instant now = Instant.parse("2026-12-10T00:00:00Z");
        HoldStore.Held old = held(store, "old", now.minus(Duration.ofDays(31)), Duration.ofDays(30));
        HoldStore.Held fresh = held(store, "fresh", now.minus(Duration.ofDays(1)), Duration.ofDays(30));
        store.put(old);
        store.put(fresh);

        assertThat(store.sweep(now)).isEqualTo(1);
        assertThat(store.get(old.reference())).isEmpty();
        assertThat(store.get(fresh.reference())).isPresent();
        assertThat(Files.exists(dir.resolve(old.reference() + ".hold"))).isFalse();
        assertThat(store.get("GW-AAAA-AAAA-AAAA-AAAA")).isEmpty();
        assertThat(store.get("../../etc/passwd")).isEmpty();
    }
}
