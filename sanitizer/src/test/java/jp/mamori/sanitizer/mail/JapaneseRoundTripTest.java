package jp.mamori.sanitizer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import jp.mamori.sanitizer.AttachmentHandling;
import jp.mamori.sanitizer.MailResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fidelity (文字化けしないこと): random Japanese subjects, bodies and attachment names, sent in each
 * Japanese charset and in both file-name encodings, come out exactly as they went in.
 */
class JapaneseRoundTripTest {

    private static final String POOL = "あいうえおがぎゃっーアイウエオヴガ漢字髙﨑德①②⑩㈱㈲№℡Ⅰⅱ～！？（）「」、。"
            + "日本語情報安全対策総務課市町村令和年月日ｱｲｳｴｵﾞ0123456789ABCabc";
    private static final Charset[] CHARSETS = {JapaneseMailCorpus.JIS, JapaneseMailCorpus.SJIS,
            JapaneseMailCorpus.EUC, StandardCharsets.UTF_8};

    @Provide
    Arbitrary<String> japanese() {
        return Arbitraries.of(POOL.chars().mapToObj(c -> String.valueOf((char) c)).toList())
                .list().ofMinSize(1).ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 200)
    void subjectBodyAndAttachmentNameRoundTrip(@ForAll("japanese") String text, @ForAll("japanese") String name,
            @ForAll boolean rfc2231) throws Exception {
        Charset cs = CHARSETS[Math.floorMod(text.hashCode(), CHARSETS.length)];
        String fileName = name + ".pdf";
        String nameParam = rfc2231 ? "filename*=UTF-8''" + JapaneseMailCorpus.pct(fileName)
                : "filename=\"" + JapaneseMailCorpus.b(fileName, cs) + "\"";
        String mail = "From: " + JapaneseMailCorpus.b(name, cs) + " <a@example.jp>\r\n"
                + "Subject: " + JapaneseMailCorpus.b(text, cs) + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=" + JapaneseMailCorpus.label(cs) + "\r\n\r\n"
                + new String(text.getBytes(cs), StandardCharsets.ISO_8859_1) + "\r\n"
                + "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; " + nameParam
                + "\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n";
        MailResult result = MailFixture.engine(AttachmentHandling.HOLD)
                .sanitise(mail.getBytes(StandardCharsets.ISO_8859_1));
        var out = OutputInspection.inspect(result.message());
        assertThat(out.message().getSubject()).isEqualTo(text);
        assertThat(out.body()).contains(text);
        assertThat(result.held()).singleElement().satisfies(h -> assertThat(h.fileName()).isEqualTo(fileName));
        assertThat(((org.apache.james.mime4j.dom.address.Mailbox) out.message().getFrom().get(0)).getName())
                .isEqualTo(name);
    }
}
