package jp.mamori.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The recovery codes as a text file to keep (issue 19), carried inside the one answer that shows them, as a
 * {@code data:} address: the server keeps no readable copy anywhere — not in the session, which is stored in the
 * database and shared by every node — so the codes can be downloaded only from that page, and never again.
 */
final class RecoveryCodeSheet {

    static final String FILE_NAME = "mamori-recovery-codes.txt";

    private RecoveryCodeSheet() {
    }

    /** The file's text: a heading line in the reader's words, then one code per line (CRLF, for Notepad). */
    static String text(String heading, String loginName, List<String> codes) {
        var text = new StringBuilder(heading).append(" — ").append(loginName).append("\r\n\r\n");
        for (int i = 0; i < codes.size(); i++) {
            text.append(String.format("%2d. %s\r\n", i + 1, codes.get(i)));
        }
        return text.toString();
    }

    static String dataUri(String text) {
        return "data:text/plain;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
