package jp.mamori.sanitizer.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.FindingKind;

/**
 * Walks a parsed mail and sorts its parts: readable text goes into one plain-text body, every other part
 * becomes an {@link Attachment} for the policy to remove, convert or hold. Nothing is copied as it came:
 * HTML is converted, alternatives not used are dropped and reported, attached mails and winmail.dat are
 * opened so that what they carry is handled like any other attachment.
 */
final class ContentWalk {

    /** The first line of a uuencoded file; some clients (Becky! among them) turn such text back into files. */
    private static final Pattern UU_BEGIN = Pattern.compile("begin(?:-base64)? [0-7]{3,4} \\S.*");

    /** Encrypted content cannot be inspected, so it is never delivered as it came (see the policy). */
    private static final java.util.Set<String> ENCRYPTED = java.util.Set.of("application/pkcs7-mime",
            "application/x-pkcs7-mime", "application/pgp-encrypted");

    private final Changes changes;
    private final int maxFiles;
    private final Deadline deadline;
    private final AttachmentDisarm containers;
    final StringBuilder body = new StringBuilder();
    final List<Attachment> attachments = new ArrayList<>();

    ContentWalk(Changes changes, int maxFiles, Deadline deadline, AttachmentDisarm containers) {
        this.containers = containers;
        this.changes = changes;
        this.maxFiles = maxFiles;
        this.deadline = deadline;
    }

    void walk(Entity e) {
        deadline.check(e.location);
        if (e.ambiguity != null) {
            changes.add(e.location, FindingKind.AMBIGUOUS_STRUCTURE, Action.REMOVED, e.ambiguity,
                    "構造が不正なため、メールの一部（" + e.location + "）を削除しました。");
            return;
        }
        switch (e.shape) {
            case MULTIPART -> {
                if (e.mediaType().equals("multipart/encrypted")) {
                    encrypted(e);
                }
                if (e.mediaType().equals("multipart/alternative")) {
                    alternative(e);
                } else {
                    e.children.forEach(this::walk);
                }
            }
            case MESSAGE -> attachedMail(e);
            case LEAF -> leaf(e);
        }
    }

    private void alternative(Entity e) {
        Entity chosen = null;
        for (Entity child : e.children) {
            if (child.ambiguity == null && child.shape == Entity.Shape.LEAF
                    && child.mediaType().equals("text/plain") && child.fileName() == null
                    && !text(child).isBlank()) {
                chosen = child;
                break;
            }
        }
        if (chosen == null) {
            for (Entity child : e.children) {
                if (child.ambiguity == null && (child.mediaType().equals("text/html")
                        || child.mediaType().equals("multipart/related"))) {
                    chosen = child;
                }
            }
        }
        if (chosen == null && !e.children.isEmpty()) {
            chosen = e.children.get(0);
        }
        for (Entity child : e.children) {
            if (child != chosen) {
                boolean html = child.mediaType().equals("text/html") || child.mediaType().equals("multipart/related");
                changes.add(child.location, FindingKind.ACTIVE_CONTENT, Action.REMOVED,
                        "alternative " + child.mediaType() + " not used; the text/plain version is",
                        html ? "HTML 形式の本文を削除し、テキスト形式の本文を使用しました。" : null);
            }
        }
        if (chosen != null) {
            walk(chosen);
        }
    }

    private void leaf(Entity e) {
        String type = e.mediaType();
        String name = e.fileName();
        boolean inline = name == null && !e.isAttachmentDisposition();
        if (inline && type.equals("text/plain")) {
            appendBody(plain(e));
        } else if (inline && type.equals("text/html")) {
            appendBody(html(e));
        } else if (Tnef.is(e, name)) {
            tnef(e);
        } else if (ENCRYPTED.contains(type)) {
            encrypted(e);
            attachments.add(new Attachment(e.location, FileNames.safe(name, e.location, type), type, e.body));
        } else if (e.body.length == 0 && name == null) {
            // An empty part without a name carries nothing; dropping it changes nothing the reader sees.
        } else {
            attachments.add(new Attachment(e.location, FileNames.safe(name, e.location, type), type, e.body));
        }
    }

    private String plain(Entity e) {
        String text = text(e);
        if ("flowed".equalsIgnoreCase(e.contentType.raw("format"))) {
            text = Flowed.unwrap(text, "yes".equalsIgnoreCase(e.contentType.raw("delsp")));
        }
        String withoutFiles = text.contains("begin") ? withoutUuencodedFiles(text) : text;
        if (!withoutFiles.equals(text)) {
            text = withoutFiles;
            changes.add(e.location, FindingKind.EMBEDDED_FILE, Action.REMOVED, "uuencoded file in the text body",
                    "本文中の uuencode 形式のファイルを削除しました。");
        }
        return text;
    }

    /**
     * Replaces each block from a {@code begin 644 name} line to the next {@code end} line. One pass over
     * the lines, so that a hostile body with many {@code begin} lines and no {@code end} stays linear.
     */
    static String withoutUuencodedFiles(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int nextEnd = -1;
        for (int i = 0; i < lines.length; i++) {
            if (UU_BEGIN.matcher(lines[i]).matches()) {
                if (nextEnd < i) {
                    nextEnd = i + 1;
                    while (nextEnd < lines.length && !lines[nextEnd].strip().equals("end")) {
                        nextEnd++;
                    }
                }
                if (nextEnd < lines.length) {
                    out.append("[uuencode 形式のファイルを削除しました]\n");
                    i = nextEnd;
                    continue;
                }
            }
            out.append(lines[i]);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private String html(Entity e) {
        HtmlText.Result result = HtmlText.convert(text(e), deadline, e.location);
        HtmlText.Counts n = result.counts();
        changes.add(e.location, FindingKind.ACTIVE_CONTENT, Action.CONVERTED, "HTML body converted to plain text",
                "HTML 形式の本文をテキスト形式に変換しました。");
        if (n.scripts() + n.handlers() > 0) {
            changes.add(e.location, FindingKind.SCRIPT, Action.REMOVED,
                    n.scripts() + " script(s) and " + n.handlers() + " event handler(s) removed",
                    "スクリプト " + (n.scripts() + n.handlers()) + " 件を削除しました。");
        }
        if (n.forms() > 0) {
            changes.add(e.location, FindingKind.ACTIVE_CONTENT, Action.REMOVED, n.forms() + " form(s) removed",
                    "入力フォーム " + n.forms() + " 件を削除しました。");
        }
        if (n.frames() > 0) {
            changes.add(e.location, FindingKind.ACTIVE_CONTENT, Action.REMOVED,
                    n.frames() + " frame(s) or embedded object(s) removed",
                    "埋め込みフレーム・オブジェクト " + n.frames() + " 件を削除しました。");
        }
        if (n.remoteImages() > 0) {
            changes.add(e.location, FindingKind.EXTERNAL_LINK, Action.REMOVED,
                    n.remoteImages() + " remote image(s) removed (they can track when the mail is read)",
                    "外部から読み込まれる画像 " + n.remoteImages() + " 件（開封の追跡に使われるおそれ）を削除しました。");
        }
        return result.text();
    }

    /** A text part's characters, CRLF as LF, control characters other than tab and LF removed. Cached. */
    static String text(Entity e) {
        if (e.text == null) {
            e.text = cleanText(MailCharsets.decode(e.body, e.charset()));
        }
        return e.text;
    }

    private static String cleanText(String decoded) {
        char[] chars = decoded.toCharArray();
        int out = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\r') {
                if (i + 1 < chars.length && chars[i + 1] == '\n') {
                    continue;
                }
                c = '\n';
            }
            boolean drop = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\ufeff';
            if (!drop) {
                chars[out++] = c;
            }
        }
        return new String(chars, 0, out);
    }

    private void appendBody(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (body.length() > 0) {
            body.append("\n\n");
        }
        body.append(text.stripTrailing());
    }

    private void attachedMail(Entity e) {
        Entity inner = e.children.get(0);
        SafeHeaders headers = SafeHeaders.of(inner, e.location, changes.findings);
        ContentWalk nested = new ContentWalk(changes, maxFiles, deadline, containers);
        nested.walk(inner);
        String subject = headers.subject() == null ? "" : headers.subject();
        StringBuilder text = new StringBuilder("---------- 添付されたメール（" + e.location + "）----------\n");
        if (!headers.from().isEmpty()) {
            text.append("差出人: ").append(MessageWriter.addressText(headers.from())).append('\n');
        }
        if (!headers.to().isEmpty()) {
            text.append("宛先: ").append(MessageWriter.addressText(headers.to())).append('\n');
        }
        if (headers.date() != null) {
            text.append("日付: ").append(headers.date()).append('\n');
        }
        text.append("件名: ").append(subject).append("\n\n").append(nested.body).append("\n---------- 添付されたメールここまで ----------");
        appendBody(text.toString());
        attachments.addAll(nested.attachments);
        changes.add(e.location, FindingKind.EMBEDDED_FILE, Action.CONVERTED,
                "attached mail opened: its text is in the body, its files are handled as attachments",
                "添付されたメール「" + subject + "」を開き、本文をこのメールの末尾に掲載しました。");
    }

    private void encrypted(Entity e) {
        changes.add(e.location, FindingKind.ENCRYPTION, Action.REMOVED,
                "encrypted content (" + e.mediaType() + ") cannot be inspected; handled as an attachment",
                "暗号化された内容は検査できないため、本文としては表示せず添付ファイルとして扱いました。");
    }

    private void tnef(Entity e) {
        try {
            List<Attachment> files = Tnef.open(e, maxFiles, containers);
            attachments.addAll(files);
            changes.add(e.location, FindingKind.EMBEDDED_FILE, Action.CONVERTED,
                    "winmail.dat (TNEF) opened: " + files.size() + " file(s) handled as attachments",
                    "Outlook の winmail.dat を開き、中のファイル " + files.size() + " 件を添付ファイルとして扱いました。");
        } catch (IOException | RuntimeException ex) {
            changes.add(e.location, FindingKind.UNKNOWN_TYPE, Action.REMOVED,
                    "winmail.dat (TNEF) could not be read: " + ex.getClass().getSimpleName(),
                    "読み取れない winmail.dat（" + Changes.size(e.body.length) + "）を削除しました。");
        }
    }
}
