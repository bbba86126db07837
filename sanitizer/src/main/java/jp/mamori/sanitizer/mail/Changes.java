package jp.mamori.sanitizer.mail;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;

/**
 * What sanitising one mail changed: findings for the report (English, for administrators and logs) and
 * lines for the notice at the top of the body (Japanese, for the recipient). Confined to one mail.
 */
final class Changes {

    final List<Finding> findings = new ArrayList<>();
    final List<String> notice = new ArrayList<>();

    void add(String location, FindingKind kind, Action action, String detail, String noticeLine) {
        findings.add(new Finding(location, kind, action, detail));
        if (noticeLine != null && !notice.contains(noticeLine)) {
            notice.add(noticeLine);
        }
    }

    static String size(long bytes) {
        return String.format("%,d バイト", bytes);
    }
}
