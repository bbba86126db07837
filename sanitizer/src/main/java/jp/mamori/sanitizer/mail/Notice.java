package jp.mamori.sanitizer.mail;

import java.util.List;
import jp.mamori.sanitizer.Verdict;

/** The Japanese notice at the top of every sanitised mail (無害化のお知らせ): what was changed and why. */
final class Notice {

    static final String RULE = "────────────────────────────────";

    private Notice() {
    }

    static String text(Verdict verdict, String policyName, List<String> lines) {
        StringBuilder out = new StringBuilder("【無害化のお知らせ】\n");
        out.append("このメールはインターネットから届いたため、Mamori（守り）が無害化して配信しました（ポリシー: ")
                .append(policyName).append("）。\n");
        if (verdict == Verdict.CLEAN || lines.isEmpty()) {
            out.append("危険な内容は見つからず、本文の変更はありません。\n");
        } else {
            for (String line : lines) {
                out.append("・").append(line).append('\n');
            }
        }
        return out.append(RULE).append("\n\n").toString();
    }
}
