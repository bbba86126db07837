package jp.mamori.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Structured logs: one JSON object a line on standard output ({@code ts}, {@code level}, {@code event} and
 * the event's fields), for journald or a collector. Never a mail's content, the hold key or a token;
 * addresses appear as their domain only.
 */
final class Log {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Log() {}

    static void info(String event, Object... fields) {
        write("info", event, fields);
    }

    static void warn(String event, Object... fields) {
        write("warn", event, fields);
    }

    static synchronized void write(String level, String event, Object... fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("ts", Instant.now().toString());
        line.put("level", level);
        line.put("event", event);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            line.put(String.valueOf(fields[i]), fields[i + 1]);
        }
        try {
            System.out.println(JSON.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            System.out.println("{\"level\":\"error\",\"event\":\"log-failure\"}");
        }
    }
}
