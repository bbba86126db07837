package jp.mamori.asset;

import static jp.mamori.asset.AssetKind.ELECTRONIC_INFORMATION;
import static jp.mamori.asset.AssetKind.FACILITY;
import static jp.mamori.asset.AssetKind.INFORMATION_SYSTEM;
import static jp.mamori.asset.AssetKind.NETWORK;
import static jp.mamori.asset.AssetKind.PRINTED_INFORMATION;
import static jp.mamori.asset.AssetKind.STORAGE_MEDIUM;
import static jp.mamori.asset.AssetKind.SYSTEM_DOCUMENT;
import static jp.mamori.asset.Availability.LEVEL_1;
import static jp.mamori.asset.Availability.LEVEL_2;
import static jp.mamori.asset.Confidentiality.R6_1;
import static jp.mamori.asset.Confidentiality.R6_2;
import static jp.mamori.asset.Confidentiality.R6_3B;
import static jp.mamori.asset.Confidentiality.R6_3C;

import java.time.LocalDate;

/**
 * The demo 情報資産台帳 of 久米南町: the systems, networks, media and ledgers a town of 4,400 keeps, classified on
 * the R6.10 scheme. A few entries deliberately carry the problems the consistency check finds in real registers
 * (給与 data with マイナンバー on an LGWAN system, a name list on the Internet-side terminal, residents' photos
 * marked public), and two show disposal: one awaiting, one approved.
 */
final class AssetDemoData {

    private static final Integrity I2 = Integrity.LEVEL_2;
    private static final Integrity I1 = Integrity.LEVEL_1;

    private AssetDemoData() {
    }

    private static PersonalInformation people(int count) {
        return new PersonalInformation(true, false, false, count);
    }

    private static PersonalInformation myNumber(int count) {
        return new PersonalInformation(true, true, false, count);
    }

    private static PersonalInformation sensitive(int count, boolean myNumber) {
        return new PersonalInformation(true, myNumber, true, count);
    }

    static void build(AssetDemo.Register r) {
        var none = PersonalInformation.NONE;
        // ネットワーク・施設
        r.asset("N-001", "マイナンバー利用事務系ネットワーク", "まいなんばーりようじむけいねっとわーく", NETWORK, "100", Zone.MY_NUMBER,
                "役場本庁舎", "", none, R6_3B, I2, LEVEL_2, "特定個人情報を扱う業務の通信路", "住基ネット・中間サーバーへの接続を含む");
        r.asset("N-002", "LGWAN接続系ネットワーク（庁内LAN）", "えるじーわんせつぞくけいねっとわーく", NETWORK, "100", Zone.LGWAN,
                "役場本庁舎・出張所", "", none, R6_2, I2, LEVEL_2, "内部事務の通信路", "");
        r.asset("N-003", "インターネット接続系ネットワーク", "いんたーねっとせつぞくけいねっとわーく", NETWORK, "100", Zone.INTERNET,
                "役場本庁舎", "", none, R6_1, I1, LEVEL_2, "公開情報のみ", "岡山県自治体情報セキュリティクラウド経由");
        r.asset("F-001", "サーバ室（本庁舎2階）", "さーばしつ", FACILITY, "100", null, "本庁舎2階", "", none, R6_2, I2, LEVEL_2,
                "管理区域", "入退室管理・空調・無停電電源装置");
        // 情報システム
        r.asset("S-001", "住民基本台帳システム", "じゅうみんきほんだいちょうしすてむ", INFORMATION_SYSTEM, "120", Zone.MY_NUMBER,
                "ガバメントクラウド", "", none, R6_3B, I2, LEVEL_2, "", "標準準拠システム");
        r.asset("S-002", "税務システム（住民税・固定資産税・軽自動車税）", "ぜいむしすてむ", INFORMATION_SYSTEM, "120", Zone.MY_NUMBER,
                "ガバメントクラウド", "", none, R6_3B, I2, LEVEL_2, "", "標準準拠システム");
        r.asset("S-003", "戸籍情報システム", "こせきじょうほうしすてむ", INFORMATION_SYSTEM, "120", Zone.MY_NUMBER, "サーバ室",
                "", none, R6_3B, I2, LEVEL_2, "", "");
        r.asset("S-004", "財務会計システム", "ざいむかいけいしすてむ", INFORMATION_SYSTEM, "150", Zone.LGWAN, "サーバ室", "", none,
                R6_2, I2, LEVEL_2, "", "");
        r.asset("S-005", "人事給与システム", "じんじきゅうよしすてむ", INFORMATION_SYSTEM, "100", Zone.LGWAN, "サーバ室", "", none,
                R6_3C, I2, LEVEL_1, "", "源泉徴収事務で職員のマイナンバーを扱う");
        r.asset("S-006", "文書管理システム", "ぶんしょかんりしすてむ", INFORMATION_SYSTEM, "100", Zone.LGWAN, "LGWAN-ASP", "", none,
                R6_2, I2, LEVEL_1, "", "電子決裁を含む");
        r.asset("S-007", "グループウェア", "ぐるーぷうぇあ", INFORMATION_SYSTEM, "100", Zone.LGWAN, "サーバ室", "", none, R6_2, I1,
                LEVEL_1, "", "メール・スケジュール・掲示板");
        r.asset("S-008", "ホームページCMS", "ほーむぺーじしーえむえす", INFORMATION_SYSTEM, "110", Zone.INTERNET, "外部データセンター",
                "", none, R6_1, I2, LEVEL_1, "公開情報のみ", "改ざんされると住民に誤った情報が伝わる");
        r.asset("S-009", "介護保険システム", "かいごほけんしすてむ", INFORMATION_SYSTEM, "130", Zone.MY_NUMBER, "ガバメントクラウド",
                "", none, R6_3B, I2, LEVEL_2, "", "");
        r.asset("S-010", "上下水道料金システム", "じょうげすいどうりょうきんしすてむ", INFORMATION_SYSTEM, "500", Zone.LGWAN,
                "サーバ室", "", none, R6_2, I2, LEVEL_1, "", "");
        r.asset("S-011", "校務支援システム", "こうむしえんしすてむ", INFORMATION_SYSTEM, "200", Zone.LGWAN, "教育委員会事務局", "",
                none, R6_3C, I2, LEVEL_1, "", "");
        r.asset("S-012", "インターネット閲覧用端末（仮想ブラウザ）", "いんたーねっとえつらんようたんまつ", INFORMATION_SYSTEM, "100",
                Zone.INTERNET, "各課", "", none, R6_1, I1, LEVEL_1, "", "");
        // 電子の情報
        r.asset("A-001", "住民記録データ", "じゅうみんきろくでーた", ELECTRONIC_INFORMATION, "120", Zone.MY_NUMBER, "住民基本台帳システム",
                "永年", myNumber(4400), R6_3B, I2, LEVEL_2, "全住民の氏名・住所・個人番号", "");
        r.asset("A-002", "課税台帳データ", "かぜいだいちょうでーた", ELECTRONIC_INFORMATION, "120", Zone.MY_NUMBER, "税務システム",
                "7年", myNumber(3900), R6_3B, I2, LEVEL_2, "課税情報と個人番号", "");
        r.asset("A-003", "戸籍データ", "こせきでーた", ELECTRONIC_INFORMATION, "120", Zone.MY_NUMBER, "戸籍情報システム", "150年",
                people(6000), R6_3B, I2, LEVEL_2, "身分関係の記録", "");
        r.asset("A-004", "予算・決算データ", "よさんけっさんでーた", ELECTRONIC_INFORMATION, "150", Zone.LGWAN, "財務会計システム", "10年",
                none, R6_2, I2, LEVEL_1, "公表前の財務情報", "");
        r.asset("A-005", "人事給与データ", "じんじきゅうよでーた", ELECTRONIC_INFORMATION, "100", Zone.LGWAN, "人事給与システム", "5年",
                myNumber(120), R6_3C, I2, LEVEL_1, "職員の給与と個人番号", "");
        r.asset("A-006", "電子決裁文書", "でんしけっさいぶんしょ", ELECTRONIC_INFORMATION, "100", Zone.LGWAN, "文書管理システム",
                "文書分類による", none, R6_2, I2, LEVEL_1, "", "");
        r.asset("A-007", "庁内メール・スケジュール", "ちょうないめーる", ELECTRONIC_INFORMATION, "100", Zone.LGWAN, "グループウェア", "1年",
                none, R6_2, I1, LEVEL_1, "", "");
        r.asset("A-008", "ホームページ公開情報", "ほーむぺーじこうかいじょうほう", ELECTRONIC_INFORMATION, "110", Zone.INTERNET,
                "ホームページCMS", "随時", none, R6_1, I2, LEVEL_1, "公開済み", "");
        r.asset("A-009", "介護保険被保険者情報", "かいごほけんひほけんしゃじょうほう", ELECTRONIC_INFORMATION, "130", Zone.MY_NUMBER,
                "介護保険システム", "10年", sensitive(1800, true), R6_3B, I2, LEVEL_2, "要介護認定情報（要配慮）と個人番号", "");
        r.asset("A-010", "水道使用者情報", "すいどうしようしゃじょうほう", ELECTRONIC_INFORMATION, "500", Zone.LGWAN,
                "上下水道料金システム", "5年", people(2000), R6_2, I2, LEVEL_1, "", "");
        r.asset("A-011", "児童生徒の成績・健康情報", "じどうせいとのせいせき", ELECTRONIC_INFORMATION, "200", Zone.LGWAN,
                "校務支援システム", "5年", sensitive(300, false), R6_3C, I2, LEVEL_1, "", "");
        r.asset("A-012", "イベント申込者名簿", "いべんともうしこみしゃめいぼ", ELECTRONIC_INFORMATION, "110", Zone.INTERNET,
                "インターネット閲覧用端末", "1年", people(80), R6_2, I1, LEVEL_1, "氏名・連絡先",
                "申込フォームからダウンロードしたExcel");
        // システム関連文書
        r.asset("D-001", "ネットワーク構成図", "ねっとわーくこうせいず", SYSTEM_DOCUMENT, "1003", Zone.LGWAN, "文書管理システム", "更新まで",
                none, R6_2, I1, LEVEL_1, "攻撃の手掛かりになる", "");
        r.asset("D-002", "住民基本台帳システム運用手順書", "じゅうみんきほんだいちょうしすてむうんようてじゅんしょ", SYSTEM_DOCUMENT, "120",
                Zone.LGWAN, "文書管理システム", "更新まで", none, R6_2, I1, LEVEL_1, "実施手順は非公開", "");
        // 記録媒体
        r.asset("M-001", "バックアップ用LTOテープ（住基・戸籍）", "ばっくあっぷようてーぷ", STORAGE_MEDIUM, "120", Zone.MY_NUMBER,
                "耐火金庫", "世代管理", none, R6_2, I1, LEVEL_1, "", "週次で遠隔地保管");
        r.asset("M-002", "USBメモリ（暗号化・登録済み）", "ゆーえすびーめもり", STORAGE_MEDIUM, "1003", Zone.LGWAN, "情報管理係 施錠保管庫",
                "", none, R6_1, I1, LEVEL_1, "", "持出しは管理者の許可制");
        r.asset("M-003", "旧住基サーバのハードディスク", "きゅうじゅうきさーばのはーどでぃすく", STORAGE_MEDIUM, "120", null, "サーバ室",
                "", none, R6_3B, I1, LEVEL_1, "住民記録が残る", "システム更新で撤去");
        r.asset("M-004", "旧財務会計端末のSSD", "きゅうざいむかいけいたんまつのえすえすでぃー", STORAGE_MEDIUM, "150", null, "倉庫", "",
                none, R6_2, I1, LEVEL_1, "", "");
        // 書面の情報
        r.asset("P-001", "住民票交付申請書", "じゅうみんひょうこうふしんせいしょ", PRINTED_INFORMATION, "120", null, "住民係 書庫", "3年",
                people(1500), R6_2, I1, LEVEL_1, "申請者の氏名・住所", "");
        r.asset("P-002", "固定資産課税台帳（紙）", "こていしさんかぜいだいちょう", PRINTED_INFORMATION, "120", null, "税務係 書庫", "永年",
                people(3000), R6_2, I2, LEVEL_1, "", "");
        r.asset("P-003", "議会会議録", "ぎかいかいぎろく", PRINTED_INFORMATION, "300", null, "議会図書室", "永年", none, R6_1, I2,
                LEVEL_1, "公開", "");
        r.asset("P-004", "監査調書", "かんさちょうしょ", PRINTED_INFORMATION, "400", null, "監査委員事務局 書庫", "5年", none, R6_2, I2,
                LEVEL_1, "", "");
        r.asset("P-005", "生活保護ケース記録", "せいかつほごけーすきろく", PRINTED_INFORMATION, "130", null, "福祉係 施錠書庫", "5年",
                sensitive(40, false), R6_3B, I2, LEVEL_1, "要配慮個人情報", "");
        r.asset("P-006", "広報くめなん掲載用写真（住民の顔写真）", "こうほうくめなんけいさいようしゃしん", PRINTED_INFORMATION, "110", null,
                "企画係", "1年", people(30), R6_1, I1, LEVEL_1, "広報に載せるため", "掲載同意書は別保管");

        r.holds("S-001", "A-001", "D-002");
        r.holds("S-002", "A-002");
        r.holds("S-003", "A-003");
        r.holds("S-004", "A-004");
        r.holds("S-005", "A-005");
        r.holds("S-006", "A-006", "D-001", "D-002");
        r.holds("S-007", "A-007");
        r.holds("S-008", "A-008");
        r.holds("S-009", "A-009");
        r.holds("S-010", "A-010");
        r.holds("S-011", "A-011");
        r.holds("S-012", "A-012");
        r.holds("M-001", "A-001", "A-003");
        r.holds("M-002", "A-006");

        r.disposal("M-003", LocalDate.of(2026, 5, 20), "（株）岡山データ消去 作業員", "物理破壊（穿孔）、破壊証明書を受領", true);
        r.disposal("M-004", LocalDate.of(2026, 6, 10), "情報管理係 職員", "データ消去ソフトによる上書き後に物理破壊", false);
    }
}
