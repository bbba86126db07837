package jp.mamori.sanitizer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * An independent re-inspection of a sanitised mail, through mime4j's DOM builder rather than the
 * engine's own reader: only safe headers, a UTF-8 text/plain body, attachments only as attachments,
 * nothing clickable, 7-bit CRLF lines. Markup as text inside text/plain is inert and allowed here (a mail
 * may quote HTML); the HTML tests check separately that converted HTML leaves none. Shared by every mail
 * test.
 */
final class OutputInspection {

    private static final Set<String> ALLOWED_HEADERS = Set.of("from", "to", "cc", "date", "subject", "message-id",
            "in-reply-to", "references", "mime-version", "x-mamori-sanitized", "content-type",
            "content-transfer-encoding");
    private static final Pattern CLICKABLE = Pattern.compile(
            "(?i)(https?|ftps?|file)://|\\bwww\\.[a-z0-9-]+\\.|javascript:|mailto:");

    /** What the inspection read, for further assertions. */
    record Inspected(Message message, String body, List<String> attachmentNames) {
    }

    private OutputInspection() {
    }

    static Inspected inspect(byte[] output) throws IOException {
        assertThat(output).isNotNull();
        for (byte b : output) {
            assertThat(b).as("output is 7-bit").isBetween((byte) 0, (byte) 127);
        }
        String raw = new String(output, StandardCharsets.US_ASCII);
        assertThat(raw.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\r").doesNotContain("\n");
        for (String line : raw.split("\r\n")) {
            assertThat(line.length()).as("line length").isLessThanOrEqualTo(998);
        }
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.custom().setStrictParsing(true).build());
        Message message = builder.parseMessage(new ByteArrayInputStream(output));
        for (Field f : message.getHeader().getFields()) {
            assertThat(ALLOWED_HEADERS).as("header " + f.getName()).contains(f.getName().toLowerCase(Locale.ROOT));
        }
        assertThat(message.getHeader().getField("X-Mamori-Sanitized")).isNotNull();
        List<String> names = new ArrayList<>();
        String body;
        if (message.isMultipart()) {
            assertThat(message.getMimeType()).isEqualTo("multipart/mixed");
            List<Entity> parts = ((Multipart) message.getBody()).getBodyParts();
            assertThat(parts).isNotEmpty();
            body = text(parts.get(0));
            for (Entity part : parts.subList(1, parts.size())) {
                assertThat(part.getDispositionType()).isEqualTo("attachment");
                assertThat(part.getMimeType()).doesNotStartWith("multipart/").doesNotStartWith("message/")
                        .isNotEqualTo("text/html");
                assertThat(part.getBody()).isInstanceOf(SingleBody.class);
                names.add(part.getFilename());
            }
        } else {
            body = text(message);
        }
        assertThat(CLICKABLE.matcher(body).find()).as("clickable or active content in:\n" + body).isFalse();
        assertThat(body).startsWith("【無害化のお知らせ】");
        return new Inspected(message, body, names);
    }

    private static String text(Entity entity) throws IOException {
        assertThat(entity.getMimeType()).isEqualTo("text/plain");
        assertThat(entity.getCharset()).isEqualToIgnoringCase("UTF-8");
        Body body = entity.getBody();
        assertThat(body).isInstanceOf(TextBody.class);
        try (InputStream in = ((SingleBody) body).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.replace("\r\n", "\n");
        }
    }
}
