package jp.mamori.asset;

/**
 * The guideline's handling rules (取扱制限 and 対策基準 3.(2) ①–⑩) as the default text for each class and lifecycle
 * step; a tenant overrides any of them. An empty text means the class adds nothing at that step. Stateless.
 */
final class HandlingDefaults {

    private HandlingDefaults() {
    }

    static String text(HandlingClass handlingClass, HandlingStep step) {
        if (handlingClass.equals(HandlingClass.INTEGRITY_2)) {
            return integrity(step);
        }
        if (handlingClass.equals(HandlingClass.AVAILABILITY_2)) {
            return availability(step);
        }
        var c = handlingClass.confidentiality();
        if (!c.twoOrAbove()) {
            return publicRule(step);
        }
        var base = confidential(step);
        var top = c.severity() == 5;
        return switch (step) {
            case USE -> base + (top ? "庁が支給した端末以外での作業は一切行わない。"
                    : c.severity() >= 3 ? "取り扱う職員等を必要最小限に限定する。" : "");
            case TRANSPORT -> base + (top ? "庁外への持出しは原則として行わない。" : "");
            case DISCLOSURE -> base + (c.severity() >= 3 ? "外部への提供は法令等に基づく場合に限る。" : "");
            default -> base;
        };
    }

    private static String confidential(HandlingStep step) {
        return switch (step) {
            case RESPONSIBILITY -> "情報セキュリティ管理者が、複製を含めて管理責任を負う。";
            case MARKING -> "ファイル、記録媒体及び書面に機密性の分類を表示する。";
            case CREATION -> "業務上必要のない情報は作成しない。作成時に分類を定め、作業途中の情報は適切に廃棄する。";
            case ACQUISITION -> "庁内の情報は作成元の分類を引き継ぎ、庁外から入手した情報は入手時に分類する。"
                    + "判断できない場合は情報セキュリティ管理者に確認する。";
            case USE -> "業務以外の目的に利用せず、必要以上の複製及び配付をしない。分類の異なる情報が混在する場合は"
                    + "最も高い分類に従って取り扱う。";
            case STORAGE -> "保管場所を限定し、記録媒体は施錠できる場所に保管する。";
            case TRANSMISSION -> "電子メール等で送信する場合は、必要に応じて暗号化又はパスワードを設定し、"
                    + "信頼できる通信回線を選択する。";
            case TRANSPORT -> "暗号化、施錠できる搬送容器又は封緘により運搬する。庁外への持出しは情報セキュリティ"
                    + "管理者の許可を得る。";
            case DISCLOSURE -> "庁外への提供は情報セキュリティ管理者の許可を得て、必要に応じて暗号化する。";
            case DISPOSAL -> "情報セキュリティ管理者の承認を得て、復元できない方法（データ消去又は物理的破壊）で廃棄し、"
                    + "日時、担当者及び方法を記録する。";
        };
    }

    private static String publicRule(HandlingStep step) {
        return switch (step) {
            case RESPONSIBILITY -> "情報セキュリティ管理者が、複製を含めて管理責任を負う。";
            case CREATION -> "業務上必要のない情報は作成しない。作成時に分類を定める。";
            case ACQUISITION -> "庁外から入手した情報は入手時に分類する。";
            case USE -> "業務以外の目的に利用しない。";
            case DISCLOSURE -> "公表する前に、機密性1であることを確認する。";
            case DISPOSAL -> "適切に廃棄する。";
            default -> "";
        };
    }

    private static String integrity(HandlingStep step) {
        return switch (step) {
            case STORAGE -> "バックアップを取得する。長期保管する記録媒体は書込禁止の措置を行い、施錠できる場所に保管する。";
            case TRANSMISSION -> "改ざんを検知できるよう、必要に応じて電子署名を付与する。";
            case USE -> "庁外で処理する場合は安全管理措置を定める。";
            default -> "";
        };
    }

    private static String availability(HandlingStep step) {
        return switch (step) {
            case STORAGE -> "バックアップを取得し、定められた時間内に復旧できるようにする。記録媒体は施錠できる場所に"
                    + "保管し、必要に応じて火災、熱、水及び湿気から保護する。";
            default -> "";
        };
    }
}
