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
}
