package jp.mamori.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.sanitizer.Verdict;

/**
 * What the gateway reports to the app (LGWAN side): one event per filtered mail and tenant, appended to
 * {@code reports/pending.jsonl} and sent in batches to {@code app.url}/api/gateway/reports with the
 * service token (scope {@code gateway:report}). Counts carry no content; held and blocked mails carry
 * their reference, recipients (the staff who may ask for the original), the sender's domain, the reason
 * and the subject. Each event has the mail's stable id, so a batch sent twice, or a mail reported again after
 * a crash, counts once. The gateway initiates; the app
 * opens no connection towards the Internet side.
 */
final class Reports {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path pending;
    private final Path sending;
    private final String appUrl;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Reports(Path dir, String appUrl, String token) throws IOException {
        Files2.privateDirectory(dir);
        this.pending = dir.resolve("pending.jsonl");
        this.sending = dir.resolve("sending.jsonl");
        this.appUrl = appUrl == null ? "" : appUrl.replaceAll("/+$", "");
        this.token = token == null ? "" : token;
    }

    synchronized void record(String id, String tenant, Instant at, Verdict verdict, String reference, Envelope envelope,
            String reason, String subject) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id.length() > 80 ? id.substring(0, 64) + id.substring(id.length() - 16) : id);
        e.put("tenant", tenant);
        e.put("at", at.toString());
        e.put("day", at.atOffset(ZoneOffset.ofHours(9)).toLocalDate().toString()); // the gateway's report day, JST
        e.put("verdict", verdict.name());
        if (!reference.equals("-")) {
            e.put("reference", reference);
            e.put("recipients", envelope.recipients());
            e.put("senderDomain", Envelope.domainOf(envelope.sender()));
        }
        if (reason != null) {
            e.put("reason", reason);
        }
        if (subject != null) {
            e.put("subject", subject);
        }
        try (FileChannel ch = FileChannel.open(pending, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap((JSON.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException ex) {
            Log.warn("report-append-failed", "error", ex.getMessage());
        }
    }

    /** Sends what is pending; returns how many events the app took. Nothing is lost on failure. */
    int send() {
        if (appUrl.isEmpty() || token.isEmpty()) {
            return 0;
        }
        try {
            synchronized (this) {
                if (!Files.exists(sending) && Files.exists(pending)) {
                    Files.move(pending, sending);
                }
            }
            if (!Files.exists(sending)) {
                return 0;
            }
            List<Object> events = new ArrayList<>();
            for (String line : Files.readAllLines(sending, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    events.add(JSON.readValue(line, Map.class));
                }
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(appUrl + "/api/gateway/reports"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("events", events))))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                Files.delete(sending);
                return events.size();
            }
            Log.warn("report-refused", "status", response.statusCode());
        } catch (IOException e) {
            Log.warn("report-failed", "error", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
