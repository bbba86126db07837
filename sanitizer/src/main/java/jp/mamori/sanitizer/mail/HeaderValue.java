package jp.mamori.sanitizer.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * A structured header such as Content-Type or Content-Disposition: a value and its parameters, in order,
 * duplicates kept so that the caller can see them (a second {@code boundary=} is how CVE-2024-28054 made
 * two parsers disagree).
 *
 * @param value the lower-cased main value, for example {@code "multipart/mixed"} or {@code "attachment"}
 * @param params every parameter as written, names lower-cased
 */
record HeaderValue(String value, List<Param> params) {

    record Param(String name, String value) {
    }

    HeaderValue {
        params = List.copyOf(params);
    }

    static final HeaderValue EMPTY = new HeaderValue("", List.of());

    /** Parses leniently; quoted strings may contain {@code ;}, an unterminated quote runs to the end. */
    static HeaderValue parse(String text) {
        int semicolon = indexOutsideQuotes(text, 0);
        String value = text.substring(0, semicolon).strip().toLowerCase(Locale.ROOT);
        List<Param> params = new ArrayList<>();
        int pos = semicolon;
        while (pos < text.length()) {
            int start = pos + 1;
            int end = indexOutsideQuotes(text, start);
            String item = text.substring(start, end);
            int eq = item.indexOf('=');
            if (eq > 0) {
                String name = item.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    params.add(new Param(name, unquote(item.substring(eq + 1).strip())));
                }
            }
            pos = end;
        }
        return new HeaderValue(value, params);
    }

    private static int indexOutsideQuotes(String text, int from) {
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return i;
            }
        }
        return text.length();
    }

    private static String unquote(String text) {
        if (!text.startsWith("\"")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(text.charAt(++i));
            } else if (c == '"') {
                break;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Parameter names given more than once (the same exact name; {@code filename} and {@code filename*} differ). */
    Set<String> duplicateNames() {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        for (Param p : params) {
            if (!seen.add(p.name())) {
                duplicates.add(p.name());
            }
        }
        return duplicates;
    }

    /** The first raw value of a parameter, or null. */
    String raw(String name) {
        for (Param p : params) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    /**
     * A parameter's text with RFC 2231 ({@code name*=UTF-8''%E8…}, {@code name*0*=…; name*1*=…}) and the
     * non-standard but common RFC 2047 form ({@code name="=?ISO-2022-JP?B?…?="}) decoded. Null if absent.
     */
    String text(String name) {
        String extended = raw(name + "*");
        if (extended != null) {
            return EncodedWords.withoutControls(extendedValue(List.of(extended), true));
        }
        TreeMap<Integer, Param> sections = new TreeMap<>();
        for (Param p : params) {
            if (p.name().startsWith(name + "*")) {
                String rest = p.name().substring(name.length() + 1);
                boolean encoded = rest.endsWith("*");
                String number = encoded ? rest.substring(0, rest.length() - 1) : rest;
                if (number.matches("\\d{1,3}")) {
                    sections.putIfAbsent(Integer.parseInt(number), new Param(encoded ? "*" : "", p.value()));
                }
            }
        }
        if (!sections.isEmpty()) {
            return EncodedWords.withoutControls(sectioned(sections));
        }
        String plain = raw(name);
        return plain == null ? null : EncodedWords.decode(plain);
    }

    private static String sectioned(TreeMap<Integer, Param> sections) {
        Param first = sections.firstEntry().getValue();
        if (first.name().isEmpty()) {
            StringBuilder joined = new StringBuilder();
            sections.values().forEach(p -> joined.append(p.value()));
            return EncodedWords.decode(joined.toString());
        }
        List<String> parts = new ArrayList<>();
        sections.values().forEach(p -> parts.add(p.name().isEmpty() ? percentEscaped(p.value()) : p.value()));
        return extendedValue(parts, true);
    }

    /** {@code charset'language'%XX…}; the charset comes from the first part only. */
    private static String extendedValue(List<String> parts, boolean withCharset) {
        String first = parts.get(0);
        String charsetLabel = null;
        int q1 = first.indexOf('\'');
        int q2 = q1 < 0 ? -1 : first.indexOf('\'', q1 + 1);
        if (withCharset && q2 > 0) {
            charsetLabel = first.substring(0, q1);
            first = first.substring(q2 + 1);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        percentDecode(first, bytes);
        for (int i = 1; i < parts.size(); i++) {
            percentDecode(parts.get(i), bytes);
        }
        Charset charset = MailCharsets.forLabel(charsetLabel);
        return MailCharsets.decode(bytes.toByteArray(), charset == null ? "utf-8" : charsetLabel);
    }

    private static String percentEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    private static void percentDecode(String text, ByteArrayOutputStream out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
