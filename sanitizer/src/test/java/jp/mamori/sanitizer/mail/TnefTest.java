package jp.mamori.sanitizer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.mamori.sanitizer.AttachmentHandling;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.MailResult;
import jp.mamori.sanitizer.Sanitizer;
import jp.mamori.sanitizer.SanitizerPolicy;
import org.junit.jupiter.api.Test;

/** Outlook's winmail.dat: the files inside are taken out and handled like any other attachment. */
class TnefTest {

    /** A minimal TNEF stream: signature, key, then per file a render-data, title and data attribute. */
    static byte[] tnef(String[] names, byte[][] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInt(out, 0x223E9F78);
        writeShort(out, 0x0001);
        for (int i = 0; i < names.length; i++) {
            attribute(out, 0x00069002, new byte[14]);
            attribute(out, 0x00018010, (names[i] + "\0").getBytes(StandardCharsets.US_ASCII));
            attribute(out, 0x0006800F, contents[i]);
        }
        return out.toByteArray();
    }

    private static void attribute(ByteArrayOutputStream out, int id, byte[] data) {
        out.write(2); // attachment level
        writeInt(out, id);
        writeInt(out, data.length);
        out.writeBytes(data);
        int sum = 0;
        for (byte b : data) {
            sum = (sum + (b & 0xff)) & 0xffff;
        }
        writeShort(out, sum);
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    private static void writeShort(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
    }

    @Test
    void filesInsideWinmailDatAreHeldOneByOne() {
        byte[] winmail = tnef(new String[] {"report.txt", "macro.xlsm"},
                new byte[][] {"hello".getBytes(StandardCharsets.US_ASCII), "PK fake".getBytes(StandardCharsets.US_ASCII)});
        String mail = "From: a@example.jp\r\nSubject: tnef\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n本文\r\n"
                + "--b\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(winmail) + "\r\n--b--\r\n";
        MailResult result;
        // The real engine: the container is opened in a worker process, never in this JVM.
        try (Sanitizer engine = Sanitizer.create(SanitizerPolicy.LGWAN_HOLD)) {
            result = engine.sanitiseMail(mail.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(result.isBlocked()).isFalse();
        assertThat(result.held()).extracting(h -> h.fileName()).containsExactly("report.txt", "macro.xlsm");
        assertThat(new String(result.held().get(0).content(), StandardCharsets.US_ASCII)).isEqualTo("hello");
        assertThat(result.report().findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.EMBEDDED_FILE);
            assertThat(f.location()).isEqualTo("part 2");
        });
        assertThat(result.report().findings()).filteredOn(f -> f.kind() == FindingKind.ATTACHMENT)
                .extracting(f -> f.location()).containsExactly("part 2/winmail.dat/1", "part 2/winmail.dat/2");
    }

    @Test
    void withoutAFileEngineWinmailDatIsRemovedUnopened() {
        byte[] winmail = tnef(new String[] {"report.txt"}, new byte[][] {"hello".getBytes(StandardCharsets.US_ASCII)});
        String mail = "From: a@example.jp\r\nSubject: tnef\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n本文\r\n"
                + "--b\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(winmail) + "\r\n--b--\r\n";
        MailResult result = MailFixture.engine(AttachmentHandling.HOLD).sanitise(mail.getBytes(StandardCharsets.UTF_8));
        assertThat(result.held()).isEmpty();
        assertThat(result.report().findings()).anySatisfy(f -> {
            assertThat(f.location()).isEqualTo("part 2");
            assertThat(f.action()).isEqualTo(jp.mamori.sanitizer.Action.REMOVED);
        });
    }
}
