package jp.mamori.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The delivery ledger (配送台帳): which mails (by stable key and tenant group) the gateway has already
 * re-injected into Postfix. Written durably right after Postfix's re-injection smtpd answers 250 and before
 * the filter answers 250 itself, so a mail that Postfix offers again after a crash is answered 250 without
 * being delivered a second time. Entries older than the retention are swept (Postfix gives up on a mail
 * long before: {@code maximal_queue_lifetime}, 5 days by default).
 */
final class Ledger {
    private final Path dir;

    Ledger(Path dir) throws IOException {
        this.dir = Files2.privateDirectory(dir);
    }

    boolean delivered(String entry) {
        return Files.exists(dir.resolve(entry));
    }

    void markDelivered(String entry, String queueReply) throws IOException {
        Files2.writeDurably(dir.resolve(entry), (Instant.now() + " " + queueReply + "\n").getBytes(StandardCharsets.UTF_8));
    }

    int sweep(Instant before) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "[0-9a-f]*")) {
            for (Path entry : entries) {
                if (Files.getLastModifiedTime(entry).toInstant().isBefore(before)) {
                    Files.deleteIfExists(entry);
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
