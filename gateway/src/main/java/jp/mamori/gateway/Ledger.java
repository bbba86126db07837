package jp.mamori.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The delivery ledger (配送台帳): which mails (by stable key and tenant group) the gateway has already
 * re-injected into Postfix. Written durably right after Postfix's re-injection smtpd answers 250 and before
 * the filter answers 250 itself, so a mail that Postfix offers again after a crash is answered 250 without
 * being delivered a second time.
 *
 * <p>One append-only file, {@code ledger.log}, a line per entry ({@code epoch-seconds entry}), each append
 * forced to disk before the answer (fdatasync; concurrent appends share a force), read back into memory at
 * start. {@link #sweep} drops entries older than the retention (Postfix gives up on a mail long before:
 * {@code maximal_queue_lifetime}, 5 days by default) by writing the file anew and renaming it.
 */
final class Ledger implements AutoCloseable {
    private final Path file;
    private final Map<String, Long> entries = new ConcurrentHashMap<>();
    private FileChannel log;

    Ledger(Path dir) throws IOException {
        Files2.privateDirectory(dir);
        this.file = dir.resolve("ledger.log");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                int space = line.indexOf(' ');
                if (space > 0 && line.length() > space + 1) {
                    try {
                        entries.put(line.substring(space + 1), Long.parseLong(line.substring(0, space)));
                    } catch (NumberFormatException ignored) {
                        // a line torn by a crash mid-append: its mail was not answered 250, so it is offered again
                    }
                }
            }
        }
        this.log = open();
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    boolean delivered(String entry) {
        return entries.containsKey(entry);
    }

    void markDelivered(String entry, Instant at) throws IOException {
        ByteBuffer line = ByteBuffer.wrap(("\n" + at.getEpochSecond() + " " + entry + "\n").getBytes(StandardCharsets.US_ASCII));
        FileChannel ch;
        synchronized (this) {
            ch = log;
            while (line.hasRemaining()) {
                ch.write(line);
            }
        }
        ch.force(false);
        entries.put(entry, at.getEpochSecond());
    }

    synchronized int sweep(Instant before) throws IOException {
        long cut = before.getEpochSecond();
        int dropped = 0;
        StringBuilder keep = new StringBuilder();
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            if (e.getValue() < cut) {
                dropped++;
            } else {
                keep.append(e.getValue()).append(' ').append(e.getKey()).append('\n');
            }
        }
        if (dropped > 0) {
            Files2.writeDurably(file, keep.toString().getBytes(StandardCharsets.US_ASCII));
            entries.values().removeIf(v -> v < cut);
            log.close();
            log = open();
        }
        return dropped;
    }

    @Override
    public synchronized void close() throws IOException {
        log.close();
    }
}
