package jp.mamori.sanitizer.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;

/**
 * The only headers that reach the new mail (From, To, Cc, Date, Subject, Message-ID, In-Reply-To,
 * References), decoded to text and checked. Everything else (Received, Reply-To, List-Unsubscribe links,
 * X-headers, the original MIME headers) is simply not copied: the new mail is built, not edited.
 *
 * <p>A safe header that appears twice where it may appear once (two From, two Subject: the recipient's
 * client and an upstream filter may each pick a different one) or that cannot be read is left out and
 * reported.
 */
record SafeHeaders(List<Mailbox> from, List<Mailbox> to, List<Mailbox> cc, String date, String subject,
        String messageId, List<String> inReplyTo, List<String> references) {

    private static final Pattern DATE = Pattern.compile("[A-Za-z0-9 ,:+\\-().]{8,100}");
    private static final Pattern MSG_ID = Pattern.compile("<[\\x21-\\x3b\\x3d\\x3f-\\x7e]{1,250}>");
    private static final int MAX_REFERENCES = 50;

    SafeHeaders {
        from = List.copyOf(from);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        inReplyTo = List.copyOf(inReplyTo);
        references = List.copyOf(references);
    }

    static SafeHeaders of(Entity message, String location, List<Finding> findings) {
        List<Mailbox> from = single(message, "from", location, findings) == null ? List.of()
                : addresses(message, "from", location, findings);
        List<Mailbox> to = addresses(message, "to", location, findings);
        List<Mailbox> cc = addresses(message, "cc", location, findings);
        HeaderField dateField = single(message, "date", location, findings);
        String date = null;
        if (dateField != null) {
            String text = dateField.rawText().strip();
            if (DATE.matcher(text).matches()) {
                date = text;
            } else {
                findings.add(removed(location, "Date", "not a readable date"));
            }
        }
        HeaderField subjectField = single(message, "subject", location, findings);
        String subject = subjectField == null ? null : subjectField.decodedText().strip();
        HeaderField idField = single(message, "message-id", location, findings);
        String messageId = null;
        if (idField != null) {
            List<String> ids = messageIds(idField, 1);
            if (ids.isEmpty()) {
                findings.add(removed(location, "Message-ID", "not a message id"));
            } else {
                messageId = ids.get(0);
            }
        }
        return new SafeHeaders(from, to, cc, date, subject, messageId,
                ids(message, "in-reply-to", location, findings), ids(message, "references", location, findings));
    }

    private static HeaderField single(Entity e, String name, String location, List<Finding> findings) {
        int count = e.count(name);
        if (count > 1) {
            findings.add(removed(location, name, "appears " + count + " times; a client could show either"));
            return null;
        }
        return e.first(name);
    }

    private static List<Mailbox> addresses(Entity e, String name, String location, List<Finding> findings) {
        List<Mailbox> result = new ArrayList<>();
        int[] dropped = {0};
        for (HeaderField f : e.fields) {
            if (f.name().equals(name)) {
                result.addAll(Mailbox.parseList(f.rawText(), dropped));
            }
        }
        if (dropped[0] > 0) {
            findings.add(removed(location, name, dropped[0] + " unreadable address(es) left out"));
        }
        return result;
    }

    private static List<String> ids(Entity e, String name, String location, List<Finding> findings) {
        HeaderField field = e.first(name);
        if (field == null) {
            return List.of();
        }
        List<String> ids = messageIds(field, MAX_REFERENCES);
        if (ids.isEmpty()) {
            findings.add(removed(location, name, "no message id in it"));
        }
        return ids;
    }

    private static List<String> messageIds(HeaderField field, int max) {
        List<String> ids = new ArrayList<>();
        Matcher m = MSG_ID.matcher(field.rawText());
        while (m.find() && ids.size() < max) {
            ids.add(m.group());
        }
        return ids;
    }

    private static Finding removed(String location, String header, String why) {
        return new Finding(location + "/header " + header, FindingKind.HEADER, Action.REMOVED, why);
    }
}
