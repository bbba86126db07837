package jp.mamori.sanitizer.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One address of a From, To or Cc header: a decoded display name (may be empty) and a plain ASCII
 * address. Parsed from the raw header so that a comma or quote inside an encoded display name cannot
 * split or merge addresses.
 */
record Mailbox(String displayName, String address) {

    private static final Pattern ADDRESS = Pattern.compile("[\\x21-\\x7e&&[^<>()\\[\\],;:\\\\\"]]+@[A-Za-z0-9.\\-\\[\\]:]+");

    /**
     * The mailboxes of an address list. Groups are flattened. Addresses that are not plain ASCII
     * {@code local@domain} are left out, and {@code dropped} counts them.
     */
    static List<Mailbox> parseList(String raw, int[] dropped) {
        List<Mailbox> result = new ArrayList<>();
        for (String item : split(raw)) {
            String text = item.strip();
            int colon = groupColon(text);
            if (colon >= 0) {
                text = text.substring(colon + 1).strip();
            }
            if (text.endsWith(";")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            if (text.isEmpty()) {
                continue;
            }
            Mailbox box = parseOne(text);
            if (box == null) {
                dropped[0]++;
            } else {
                result.add(box);
            }
        }
        return result;
    }

    private static Mailbox parseOne(String text) {
        int open = lastOutsideQuotes(text, '<');
        String address;
        String name;
        if (open >= 0) {
            int close = text.indexOf('>', open);
            address = text.substring(open + 1, close < 0 ? text.length() : close).strip();
            name = text.substring(0, open).strip();
        } else {
            String withoutComment = text.replaceAll("\\([^()]*\\)", " ").strip();
            address = withoutComment;
            int comment = text.indexOf('(');
            int end = text.lastIndexOf(')');
            name = comment >= 0 && end > comment ? text.substring(comment + 1, end) : "";
        }
        if (address.startsWith("\"") || !ADDRESS.matcher(address).matches() || address.length() > 254) {
            return null;
        }
        name = EncodedWords.decode(unquote(name)).strip();
        return new Mailbox(name, address);
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return name;
    }

    /** Splits at commas outside quotes, angle brackets and comments. */
    private static List<String> split(String raw) {
        List<String> items = new ArrayList<>();
        boolean quoted = false;
        int angle = 0;
        int comment = 0;
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"' && comment == 0) {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>' && angle > 0) {
                angle--;
            } else if (!quoted && c == '(') {
                comment++;
            } else if (!quoted && c == ')' && comment > 0) {
                comment--;
            } else if (!quoted && angle == 0 && comment == 0 && c == ',') {
                items.add(raw.substring(start, i));
                start = i + 1;
            }
        }
        items.add(raw.substring(start));
        return items;
    }

    private static int groupColon(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '<' || c == '@')) {
                return -1;
            } else if (!quoted && c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static int lastOutsideQuotes(String text, char wanted) {
        boolean quoted = false;
        int found = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == wanted) {
                found = i;
            }
        }
        return found;
    }
}
