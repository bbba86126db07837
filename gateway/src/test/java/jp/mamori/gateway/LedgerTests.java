package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTests {
    @TempDir
    Path dir;

    @Test
    void an_entry_survives_a_restart_and_a_torn_last_line_is_ignored() throws Exception {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        Ledger ledger = new Ledger(dir);
        ledger.markDelivered("aaa-town", now);
        assertThat(ledger.delivered("aaa-town")).isTrue();
        assertThat(ledger.delivered("bbb-town")).isFalse();
        // a crash mid-append leaves half a line
        Files.writeString(dir.resolve("ledger.log"), "17649", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);

        Ledger again = new Ledger(dir);
        assertThat(again.delivered("aaa-town")).isTrue();
        again.markDelivered("ccc-town", now);
        assertThat(new Ledger(dir).delivered("ccc-town")).isTrue();
        assertThat(new Ledger(dir).delivered("aaa-town")).isTrue();
    }

    @Test
    void the_sweep_drops_old_entries_only_and_the_file_stays_usable() throws Exception {
        Instant now = Instant.parse("2026-12-10T00:00:00Z");
        Ledger ledger = new Ledger(dir);
        ledger.markDelivered("old-town", now.minus(Duration.ofDays(8)));
        ledger.markDelivered("new-town", now.minus(Duration.ofDays(1)));

        assertThat(ledger.sweep(now.minus(Duration.ofDays(7)))).isEqualTo(1);
        assertThat(ledger.delivered("old-town")).isFalse();
        ledger.markDelivered("later-town", now);
        Ledger reopened = new Ledger(dir);
        assertThat(reopened.delivered("old-town")).isFalse();
        assertThat(reopened.delivered("new-town")).isTrue();
        assertThat(reopened.delivered("later-town")).isTrue();
    }
}
