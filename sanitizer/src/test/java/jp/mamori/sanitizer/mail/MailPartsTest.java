package jp.mamori.sanitizer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailPartsTest {

    @Test
    void encodedWordsSplitInsideACharacterAreJoined() {
        byte[] utf8 = "髙島屋".getBytes(StandardCharsets.UTF_8);
        String a = java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(utf8, 4));
        String b = java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(utf8, 4, utf8.length));
        assertThat(EncodedWords.decode("=?UTF-8?B?" + a + "?= =?UTF-8?B?" + b + "?=")).isEqualTo("髙島屋");
        assertThat(EncodedWords.decode("件名=?utf-8?q?=E2=91=A0?=です")).isEqualTo("件名①です");
        assertThat(EncodedWords.decode("=?ISO-2022-JP?B?GyRCLSEbKEI=?=")).isEqualTo("①");
        assertThat(EncodedWords.decode("a\r\nBcc: x")).doesNotContain("\r", "\n");
    }

    @Test
    void rfc2231AndNonStandardNamesAreDecoded() {
        assertThat(HeaderValue.parse("attachment; filename*=UTF-8''%E2%91%A0.pdf").text("filename")).isEqualTo("①.pdf");
        assertThat(HeaderValue.parse("attachment; filename*0*=UTF-8''%E2%91; filename*1*=%A0.pdf").text("filename"))
                .isEqualTo("①.pdf");
        assertThat(HeaderValue.parse("application/pdf; name=\"=?ISO-2022-JP?B?GyRCLSEbKEI=?=.pdf\"").text("name"))
                .isEqualTo("①.pdf");
        assertThat(HeaderValue.parse("multipart/mixed; boundary=a; BOUNDARY=b").duplicateNames()).containsExactly("boundary");
    }

    @Test
    void linksAreDefanged() {
        Defang.Result r = Defang.text("see https://example.jp/a?b=c and www.city.example.lg.jp or mailto:x@y.jp");
        assertThat(r.text()).isEqualTo("see hxxps://example[.]jp/a?b=c and www[.]city[.]example[.]lg[.]jp or mailto[:]x@y.jp");
        assertThat(r.links()).isEqualTo(3);
        assertThat(Defang.text(r.text()).links()).isZero();
    }

    @Test
    void fileNamesLosePathsAndDirectionTricks() {
        assertThat(FileNames.safe("..\\..\\evil\u202Efdp.exe", "part 2", "application/pdf")).isEqualTo("evilfdp.exe");
        assertThat(FileNames.safe("   ", "part 2.1", "application/pdf")).isEqualTo("part-2.1.pdf");
    }

    @Test
    void htmlBlockquotesAndPreformattedTextKeepTheirShape() {
        String text = HtmlText.convert("<p>前文</p><blockquote>引用<br>二行目</blockquote><pre>a  b\n c</pre>").text();
        assertThat(text).isEqualTo("前文\n\n> 引用\n> 二行目\n\na  b\n c");
    }

    @Test
    void hostileRepetitionStaysLinearAndBounded() {
        String manyBegins = "begin 644 x.exe\n".repeat(50_000);
        long start = System.nanoTime();
        assertThat(ContentWalk.withoutUuencodedFiles(manyBegins)).isEqualTo(manyBegins);
        assertThat(System.nanoTime() - start).as("linear scan").isLessThan(5_000_000_000L);
        String deepQuotes = "<blockquote>".repeat(400) + "x<br>".repeat(100);
        assertThat(HtmlText.convert(deepQuotes).text().length()).isLessThan(100 * 30);
    }

    @Test
    void encryptedMailIsReportedAndNeverShownAsText() {
        String mail = "From: a@example.jp\r\nSubject: smime\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIACAQAx\r\n";
        var result = MailFixture.engine(jp.mamori.sanitizer.AttachmentHandling.REMOVE)
                .sanitise(mail.getBytes(StandardCharsets.US_ASCII));
        assertThat(result.report().findings()).extracting(f -> f.kind())
                .contains(jp.mamori.sanitizer.FindingKind.ENCRYPTION, jp.mamori.sanitizer.FindingKind.ATTACHMENT);
        assertThat(new String(result.message(), StandardCharsets.US_ASCII)).doesNotContain("MIAGCSqGSIb3DQEHA6CAMIACAQAx");
    }

    @Test
    void rawUnencodedJapaneseHeadersAreRead() throws Exception {
        assertThat(EncodedWords.decodeHeader("①㈱髙島屋".getBytes("x-windows-iso2022jp"))).isEqualTo("①㈱髙島屋");
        assertThat(EncodedWords.decodeHeader("見積書".getBytes("windows-31j"))).isEqualTo("見積書");
        assertThat(EncodedWords.decodeHeader("見積書".getBytes(StandardCharsets.UTF_8))).isEqualTo("見積書");
        String sjisName = new String("attachment; filename=\"見積書①.xlsx\"".getBytes("windows-31j"), StandardCharsets.ISO_8859_1);
        assertThat(HeaderValue.parse(MailCharsets.guess(sjisName.getBytes(StandardCharsets.ISO_8859_1), null))
                .text("filename")).isEqualTo("見積書①.xlsx");
        assertThat(Mailbox.parseList("\"=?UTF-8?B?5bGx55Sw?=\" <yamada@example.jp>, (comment) b@example.jp", new int[1]))
                .containsExactly(new Mailbox("山田", "yamada@example.jp"), new Mailbox("comment", "b@example.jp"));
    }

    @Test
    void utf8LabelledAsLatin1IsReadAsUtf8ButRealLatin1StaysLatin1() {
        assertThat(MailCharsets.decode("髙島屋".getBytes(StandardCharsets.UTF_8), "iso-8859-1")).isEqualTo("髙島屋");
        assertThat(MailCharsets.decode("Grüße".getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1")).isEqualTo("Grüße");
    }
}
