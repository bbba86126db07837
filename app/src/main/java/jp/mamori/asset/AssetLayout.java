package jp.mamori.asset;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of the 情報資産台帳 as a town keeps it in Excel: the import template, the import and every export use
 * this one layout, so that an export imports back unchanged. Values are Japanese labels (「情報システム」,
 * 「LGWAN接続系」, 「○」); codes such as {@code INFORMATION_SYSTEM} are accepted too. Stateless.
 */
final class AssetLayout {

    static final String NUMBER = "台帳番号";
    static final String NAME = "名称";
    static final String KANA = "読み";
    static final String KIND = "種別";
    static final String DESCRIPTION = "説明";
    static final String UNIT = "所管課";
    static final String MANAGER = "管理者職員番号";
    static final String LOCATION = "保管場所";
    static final String ZONE = "ゾーン";
    static final String RETENTION = "保存期間";
    static final String PERSONAL = "個人情報";
    static final String SPECIFIC = "特定個人情報";
    static final String SENSITIVE = "要配慮個人情報";
    static final String PEOPLE = "対象人数";
    static final String CONFIDENTIALITY = "機密性";
    static final String CONFIDENTIALITY_REASON = "機密性の理由";
    static final String INTEGRITY = "完全性";
    static final String INTEGRITY_REASON = "完全性の理由";
    static final String AVAILABILITY = "可用性";
    static final String AVAILABILITY_REASON = "可用性の理由";
    static final String CONTAINERS = "保有先";
    /** Export only: the import ignores it. */
    static final String STATUS = "状態";

    static final List<String> COLUMNS = List.of(NUMBER, NAME, KANA, KIND, DESCRIPTION, UNIT, MANAGER, LOCATION, ZONE,
            RETENTION, PERSONAL, SPECIFIC, SENSITIVE, PEOPLE, CONFIDENTIALITY, CONFIDENTIALITY_REASON, INTEGRITY,
            INTEGRITY_REASON, AVAILABILITY, AVAILABILITY_REASON, CONTAINERS);

    static final List<String> REQUIRED = List.of(NUMBER, NAME, KIND, UNIT, CONFIDENTIALITY, INTEGRITY, AVAILABILITY);

    private static final Set<String> YES = Set.of("○", "〇", "◯", "あり", "有", "はい", "1", "true", "yes", "y", "該当");
    private static final Set<String> NO = Set.of("", "×", "なし", "無", "いいえ", "0", "false", "no", "n", "-", "非該当");

    private AssetLayout() {
    }

    /** A yes/no cell; null when it is neither. */
    static Boolean flag(String cell) {
        var v = Normalizer.normalize(cell == null ? "" : cell.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return true;
        }
        return NO.contains(v) ? false : null;
    }

    static String flag(boolean value) {
        return value ? "○" : "";
    }

    static List<String> containers(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(Normalizer.normalize(cell, Normalizer.Form.NFKC).split("[,、;；\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
