package jp.mamori.gateway;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * The mails the gateway writes itself: the hold reference added to a sanitised mail, the notice of a
 * blocked mail to its recipients, the report to its sender. All text/plain UTF-8, in Japanese first.
 */
final class Notices {
    static final String HOLD_HEADER = "X-Mamori-Hold-Reference";
    private static final Session SESSION = Session.getInstance(utf8Headers());

    private static Properties utf8Headers() {
        Properties p = new Properties();
        p.setProperty("mail.mime.allowutf8", "true"); // raw 8-bit header text read as UTF-8
        return p;
    }

    private final String from;
    private final String hostName;

    Notices(String from, String hostName) {
        this.from = from;
        this.hostName = hostName;
    }

    /** The engine's new mail with the hold reference as a header and as the first line of its text. */
    byte[] withHoldReference(byte[] sanitised, String reference) throws IOException {
        try {
            MimeMessage m = new Keeping(sanitised);
            String line = "【原本保管】原本は保管番号 " + reference + " で保管しています。必要なときは Mamori の「メール原本の取り寄せ」から申請してください。"
                    + "\n(The original is held under " + reference + "; ask for it in Mamori.)\n\n";
            Part text = m;
            if (m.isMimeType("multipart/*")) {
                Multipart mp = (Multipart) m.getContent();
                text = mp.getBodyPart(0);
            }
            if (text.isMimeType("text/plain")) {
                String body = (String) text.getContent();
                if (text instanceof MimeBodyPart bp) {
                    bp.setText(line + body, "UTF-8");
                    bp.setHeader("Content-Transfer-Encoding", "base64");
                } else {
                    m.setText(line + body, "UTF-8");
                    m.setHeader("Content-Transfer-Encoding", "base64");
                }
            }
            m.setHeader(HOLD_HEADER, reference);
            m.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream(sanitised.length + 1024);
            m.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IOException("cannot add the hold reference: " + e.getMessage(), e);
        }
    }

    /** The notice to the recipients of a blocked mail. */
    byte[] blockedNotice(Envelope envelope, String subject, String reason, String reference, Instant at) throws IOException {
        String text = "【無害化のお知らせ：メールを遮断しました】\n"
                + "インターネットから届いたメールを、安全に無害化できなかったため遮断しました。\n\n"
                + "  差出人（エンベロープ）: " + (envelope.sender().isEmpty() ? "（なし）" : Defanged.address(envelope.sender())) + "\n"
                + "  件名: " + (subject == null ? "（不明）" : subject) + "\n"
                + "  理由: " + reason + "\n"
                + "  保管番号: " + reference + "\n\n"
                + "原本はゲートウェイで暗号化して保管しています。業務に必要なときは、Mamori の「メール原本の取り寄せ」で保管番号を入力して申請してください。"
                + "所属の承認者が承認すると、原本（添付ファイルは無害化済み）が届きます。\n\n"
                + "A mail from the Internet could not be made safe and was blocked. The original is held under " + reference
                + "; ask for it in Mamori.\n";
        return plain(envelope.recipients(), "[無害化] メールを遮断しました (" + reference + ")", text, reference, at);
    }

    /** The report to the sender of a blocked mail. */
    byte[] senderReport(Envelope envelope, String reason, String reference, Instant at) throws IOException {
        String text = "お送りいただいたメールは、受信側の無害化処理で安全に変換できなかったため、宛先に届いていません。\n"
                + "理由: " + reason + "\n受付番号: " + reference + "\n\n"
                + "Your mail could not be made safe by the recipient's gateway and was not delivered.\nReason: " + reason
                + "\nReference: " + reference + "\n";
        return plain(List.of(envelope.sender()), "Undelivered: your mail was blocked (" + reference + ")", text, reference, at);
    }

    private byte[] plain(List<String> to, String subject, String text, String reference, Instant at) throws IOException {
        try {
            MimeMessage m = new MimeMessage(SESSION);
            m.setFrom(new InternetAddress(from));
            for (String r : to) {
                InternetAddress a = new InternetAddress();
                a.setAddress(r);
                m.addRecipient(MimeMessage.RecipientType.TO, a);
            }
            m.setSubject(subject, "UTF-8");
            m.setSentDate(Date.from(at));
            m.setText(text, "UTF-8");
            m.setHeader("Content-Transfer-Encoding", "base64");
            m.setHeader(HOLD_HEADER, reference);
            m.setHeader("Auto-Submitted", "auto-generated");
            m.saveChanges();
            m.setHeader("Message-ID", "<" + reference + "." + at.toEpochMilli() + "@" + hostName + ">");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IOException("cannot write the notice: " + e.getMessage(), e);
        }
    }

    /** The subject of an original, decoded, for a notice; null when it cannot be read. */
    static String subjectOf(byte[] original) {
        try {
            int end = headerEnd(original);
            MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(original, 0, end));
            String s = m.getSubject();
            if (s == null) {
                return null;
            }
            s = s.replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]", " ").strip();
            return s.length() > 200 ? s.substring(0, 200) + "…" : s;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static int headerEnd(byte[] b) {
        for (int i = 0; i + 3 < b.length && i < 256 * 1024; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i + 4;
            }
        }
        return Math.min(b.length, 256 * 1024);
    }

    /** A parsed message that keeps its Message-ID when saved. */
    private static final class Keeping extends MimeMessage {
        Keeping(byte[] bytes) throws MessagingException {
            super(SESSION, new ByteArrayInputStream(bytes));
        }

        @Override
        protected void updateMessageID() {
            // the engine's Message-ID stays
        }
    }

    /** Addresses shown in a notice cannot be clicked. */
    static final class Defanged {
        static String address(String a) {
            return a.replace("@", "[@]").replace(".", "[.]");
        }
    }

}
