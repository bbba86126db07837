package jp.mamori.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Describes what changed between two states of an asset, for its history and the trail. Stateless. */
final class AssetChanges {

    private AssetChanges() {
    }

    /** 「名称: 旧 → 新; 機密性: 2 → 3B」, or empty when nothing changed. */
    static String describe(AssetDetails before, Classification beforeClass, AssetDetails after,
            Classification afterClass) {
        var parts = new ArrayList<String>();
        if (before != null) {
            diff(parts, "台帳番号", before, after, AssetDetails::registerNumber);
            diff(parts, "名称", before, after, AssetDetails::name);
            diff(parts, "読み", before, after, AssetDetails::nameKana);
            diff(parts, "種別", before, after, d -> d.kind().japanese());
            diff(parts, "説明", before, after, AssetDetails::description);
            diff(parts, "所管課", before, after, AssetDetails::ownerUnitId);
            diff(parts, "管理者", before, after, AssetDetails::managerStaffId);
            diff(parts, "保管場所", before, after, AssetDetails::location);
            diff(parts, "ゾーン", before, after, d -> d.zone() == null ? "なし" : d.zone().japanese());
            diff(parts, "保存期間", before, after, AssetDetails::retention);
            diff(parts, "個人情報", before, after, d -> yesNo(d.personal().present()));
            diff(parts, "特定個人情報", before, after, d -> yesNo(d.personal().specific()));
            diff(parts, "要配慮個人情報", before, after, d -> yesNo(d.personal().sensitive()));
            diff(parts, "対象人数", before, after, d -> d.personal().peopleCount());
        }
        if (beforeClass != null) {
            diff(parts, "機密性", beforeClass, afterClass, c -> c.confidentiality().label());
            diff(parts, "機密性の理由", beforeClass, afterClass, Classification::confidentialityReason);
            diff(parts, "完全性", beforeClass, afterClass, c -> c.integrity().label());
            diff(parts, "完全性の理由", beforeClass, afterClass, Classification::integrityReason);
            diff(parts, "可用性", beforeClass, afterClass, c -> c.availability().label());
            diff(parts, "可用性の理由", beforeClass, afterClass, Classification::availabilityReason);
        }
        return String.join("; ", parts);
    }

    private static <T> void diff(List<String> parts, String label, T before, T after, Function<T, Object> field) {
        var b = field.apply(before);
        var a = field.apply(after);
        if (!Objects.equals(b, a)) {
            parts.add(label + ": " + shorten(b) + " → " + shorten(a));
        }
    }

    private static String shorten(Object value) {
        if (value == null) {
            return "（なし）";
        }
        var s = value.toString();
        return s.isEmpty() ? "（なし）" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static String yesNo(boolean b) {
        return b ? "あり" : "なし";
    }
}
