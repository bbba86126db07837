package jp.mamori.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One HTTP/1.1 exchange over a plain socket, with every header under the test's control — {@code Host} included,
 * which {@code java.net.http} refuses to set. For tests of what a real server does with forged headers.
 */
public final class RawHttp {

    /** The status line's code, the headers (last value wins, names lower case) and the body. */
    public record Exchange(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

    private RawHttp() {
    }

    public static Exchange exchange(int port, String method, String path, Map<String, String> headers, String form) {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            var all = new LinkedHashMap<String, String>();
            all.put("Host", "localhost:" + port);
            all.putAll(headers);
            all.put("Connection", "close");
            var body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                all.put("Content-Type", "application/x-www-form-urlencoded");
                all.put("Content-Length", String.valueOf(body.length));
            }
            all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            var out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            var bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            return parse(bytes.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a cookie the response sets, or null. */
    public static String cookie(Exchange exchange, String name) {
        var set = exchange.headers().get("set-cookie");
        if (set == null) {
            return null;
        }
        var matcher = COOKIE.matcher(set);
        return matcher.find() && matcher.group(1).equals(name) ? matcher.group(2) : null;
    }

    private static Exchange parse(String text) {
        var end = text.indexOf("\r\n\r\n");
        var head = end < 0 ? text : text.substring(0, end);
        var body = end < 0 ? "" : text.substring(end + 4);
        var lines = head.split("\r\n");
        var status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new LinkedHashMap<String, String>();
        for (var i = 1; i < lines.length; i++) {
            var colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Exchange(status, headers, body);
    }

    private static String unchunk(String body) {
        var out = new StringBuilder();
        var at = 0;
        while (at < body.length()) {
            var lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            var size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            // Sizes count bytes; the pages are decoded as UTF-8 already, so measure in bytes.
            var start = lineEnd + 2;
            var taken = 0;
            var index = start;
            while (taken < size && index < body.length()) {
                taken += String.valueOf(body.charAt(index)).getBytes(StandardCharsets.UTF_8).length;
                index++;
            }
            out.append(body, start, index);
            at = index + 2;
        }
        return out.toString();
    }
}
