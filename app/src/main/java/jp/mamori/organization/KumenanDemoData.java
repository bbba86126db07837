package jp.mamori.organization;

import static jp.mamori.organization.OrgUnitCategory.ADMINISTRATIVE_COMMITTEE;
import static jp.mamori.organization.OrgUnitCategory.ASSEMBLY_SECRETARIAT;
import static jp.mamori.organization.OrgUnitCategory.EXECUTIVE;
import static jp.mamori.organization.OrgUnitCategory.PUBLIC_ENTERPRISE;
import static jp.mamori.organization.StaffKind.CONTRACTOR;
import static jp.mamori.organization.StaffKind.DISPATCHED;
import static jp.mamori.organization.StaffKind.FISCAL_YEAR_APPOINTED;
import static jp.mamori.organization.StaffKind.REGULAR;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo town's structure, people and appointments. All names are fictional, combined from common
 * surnames and given names. A town of about 4,400 residents has no 部: each 課 reports to the 町長 and its
 * 課長 is both 情報セキュリティ責任者 and 管理者.
 */
final class KumenanDemoData {

    record Name(String kanji, String kana, String romaji) {
    }

    private static final String[][] SURNAMES = {
        {"佐藤", "さとう", "sato"}, {"鈴木", "すずき", "suzuki"}, {"高橋", "たかはし", "takahashi"},
        {"田中", "たなか", "tanaka"}, {"渡辺", "わたなべ", "watanabe"}, {"伊藤", "いとう", "ito"},
        {"山本", "やまもと", "yamamoto"}, {"中村", "なかむら", "nakamura"}, {"小林", "こばやし", "kobayashi"},
        {"加藤", "かとう", "kato"}, {"吉田", "よしだ", "yoshida"}, {"山田", "やまだ", "yamada"},
        {"佐々木", "ささき", "sasaki"}, {"松本", "まつもと", "matsumoto"}, {"井上", "いのうえ", "inoue"},
        {"木村", "きむら", "kimura"}, {"林", "はやし", "hayashi"}, {"清水", "しみず", "shimizu"},
        {"山崎", "やまさき", "yamasaki"}, {"森", "もり", "mori"}, {"池田", "いけだ", "ikeda"},
        {"橋本", "はしもと", "hashimoto"}, {"岡本", "おかもと", "okamoto"}, {"藤原", "ふじわら", "fujiwara"},
        {"三宅", "みやけ", "miyake"}, {"片山", "かたやま", "katayama"}, {"難波", "なんば", "namba"},
        {"小野", "おの", "ono"}, {"守屋", "もりや", "moriya"}, {"河本", "こうもと", "komoto"}};

    private static final String[][] GIVEN_NAMES = {
        {"太郎", "たろう", "taro"}, {"花子", "はなこ", "hanako"}, {"健一", "けんいち", "kenichi"},
        {"美咲", "みさき", "misaki"}, {"大輔", "だいすけ", "daisuke"}, {"由美", "ゆみ", "yumi"},
        {"翔太", "しょうた", "shota"}, {"陽子", "ようこ", "yoko"}, {"誠", "まこと", "makoto"},
        {"明美", "あけみ", "akemi"}, {"浩二", "こうじ", "koji"}, {"真由美", "まゆみ", "mayumi"},
        {"拓也", "たくや", "takuya"}, {"恵", "めぐみ", "megumi"}, {"修", "おさむ", "osamu"},
        {"智子", "ともこ", "tomoko"}, {"直樹", "なおき", "naoki"}, {"裕子", "ゆうこ", "yuko"},
        {"亮", "りょう", "ryo"}, {"千尋", "ちひろ", "chihiro"}, {"和也", "かずや", "kazuya"},
        {"彩", "あや", "aya"}, {"隆", "たかし", "takashi"}, {"京子", "きょうこ", "kyoko"},
        {"勇気", "ゆうき", "yuki"}, {"奈々", "なな", "nana"}, {"博之", "ひろゆき", "hiroyuki"},
        {"舞", "まい", "mai"}, {"正樹", "まさき", "masaki"}, {"早苗", "さなえ", "sanae"}};

    private KumenanDemoData() {
    }

    /** The n-th fictional name; distinct for n below 900. */
    static Name name(int n) {
        var surname = SURNAMES[n % SURNAMES.length];
        var given = GIVEN_NAMES[(7 * n + n / SURNAMES.length) % GIVEN_NAMES.length];
        return new Name(surname[0] + " " + given[0], surname[1] + " " + given[1], given[2] + "." + surname[2]);
    }

    static void build(KumenanDemo.Town town) {
        // 総務課: the 副町長 (CISO) is counted here for want of a 課 of their own; IT sits in 情報管理係.
        var soumu = section(town, "100", "総務課", "そうむか", EXECUTIVE,
                new String[][] {{"1001", "総務係", "そうむかかり"}, {"1002", "財政係", "ざいせいかかり"},
                    {"1003", "情報管理係", "じょうほうかんりかかり"}});
        var deputyMayor = town.person("100", REGULAR);
        var soumuHead = head(town, "100");
        var soumuChief = town.person("1001", REGULAR);
        staff(town, "1001", REGULAR, REGULAR, FISCAL_YEAR_APPOINTED);
        town.person("1002", REGULAR);
        staff(town, "1002", REGULAR);
        var itChief = town.person("1003", REGULAR);
        var itStaff = town.person("1003", REGULAR);
        var vendorEngineer = town.person("1003", CONTRACTOR);
        town.person("1003", CONTRACTOR);
        town.appoint(deputyMayor, SecurityRole.CISO, null);
        town.appoint(deputyMayor, SecurityRole.COMMITTEE_MEMBER, null);
        town.appoint(soumuHead, SecurityRole.GENERAL_SECURITY_OFFICER, null);
        town.appoint(soumuHead, SecurityRole.CSIRT_MEMBER, null);
        town.appoint(itChief, SecurityRole.SYSTEM_MANAGER, soumu);
        town.appoint(itChief, SecurityRole.CSIRT_MEMBER, null);
        town.appoint(itStaff, SecurityRole.SYSTEM_OPERATOR, soumu);
        town.appoint(itStaff, SecurityRole.CSIRT_MEMBER, null);
        town.appoint(vendorEngineer, SecurityRole.SYSTEM_OPERATOR, soumu);
        town.appoint(soumuChief, SecurityRole.CSIRT_MEMBER, null);

        var kikaku = section(town, "110", "企画政策課", "きかくせいさくか", EXECUTIVE,
                new String[][] {{"1101", "企画係", "きかくかかり"}, {"1102", "地域振興係", "ちいきしんこうかかり"}});
        head(town, kikaku);
        var planningChief = town.person("1101", REGULAR);
        staff(town, "1101", REGULAR);
        staff(town, "1102", REGULAR, FISCAL_YEAR_APPOINTED, DISPATCHED);

        var zeimu = section(town, "120", "税務住民課", "ぜいむじゅうみんか", EXECUTIVE,
                new String[][] {{"1201", "税務係", "ぜいむかかり"}, {"1202", "住民係", "じゅうみんかかり"}});
        head(town, zeimu);
        staff(town, "1201", REGULAR, REGULAR, REGULAR, FISCAL_YEAR_APPOINTED);
        var residentsChief = town.person("1202", REGULAR);
        staff(town, "1202", REGULAR, FISCAL_YEAR_APPOINTED);
        town.appoint(residentsChief, SecurityRole.SYSTEM_MANAGER, zeimu);

        var hoken = section(town, "130", "保健福祉課", "ほけんふくしか", EXECUTIVE,
                new String[][] {{"1301", "福祉係", "ふくしかかり"}, {"1302", "健康づくり係", "けんこうづくりかかり"},
                    {"1303", "介護保険係", "かいごほけんかかり"}});
        head(town, hoken);
        staff(town, "1301", REGULAR, REGULAR, FISCAL_YEAR_APPOINTED);
        staff(town, "1302", REGULAR, REGULAR, FISCAL_YEAR_APPOINTED, FISCAL_YEAR_APPOINTED);
        staff(town, "1303", REGULAR, REGULAR, DISPATCHED);

        var sangyo = section(town, "140", "産業建設課", "さんぎょうけんせつか", EXECUTIVE,
                new String[][] {{"1401", "農林振興係", "のうりんしんこうかかり"}, {"1402", "建設係", "けんせつかかり"},
                    {"1403", "商工観光係", "しょうこうかんこうかかり"}});
        head(town, sangyo);
        staff(town, "1401", REGULAR, REGULAR, FISCAL_YEAR_APPOINTED);
        staff(town, "1402", REGULAR, REGULAR, REGULAR);
        staff(town, "1403", REGULAR, FISCAL_YEAR_APPOINTED);

        // 会計課: its head is the 会計管理者.
        var kaikei = section(town, "150", "会計課", "かいけいか", EXECUTIVE,
                new String[][] {{"1501", "会計係", "かいけいかかり"}});
        head(town, kaikei);
        var accountingChief = town.person("1501", REGULAR);
        staff(town, "1501", FISCAL_YEAR_APPOINTED);

        var kyoiku = section(town, "200", "教育委員会事務局", "きょういくいいんかいじむきょく", ADMINISTRATIVE_COMMITTEE,
                new String[][] {{"2001", "学校教育係", "がっこうきょういくかかり"}, {"2002", "社会教育係", "しゃかいきょういくかかり"}});
        var superintendent = town.person(kyoiku, REGULAR);
        head(town, kyoiku);
        town.appoint(superintendent, SecurityRole.COMMITTEE_MEMBER, null);
        staff(town, "2001", REGULAR, REGULAR, FISCAL_YEAR_APPOINTED);
        staff(town, "2002", REGULAR, FISCAL_YEAR_APPOINTED);

        var gikai = section(town, "300", "議会事務局", "ぎかいじむきょく", ASSEMBLY_SECRETARIAT, new String[0][]);
        head(town, gikai);
        staff(town, gikai, REGULAR);

        // 監査委員事務局 (with the 選挙管理委員会's secretariat): its head directs the security audit.
        var kansa = section(town, "400", "監査委員事務局", "かんさいいんじむきょく", ADMINISTRATIVE_COMMITTEE, new String[0][]);
        var auditHead = head(town, kansa);
        staff(town, kansa, REGULAR);
        town.appoint(auditHead, SecurityRole.AUDIT_DIRECTOR, null);
        town.appoint(accountingChief, SecurityRole.AUDITOR, hoken);
        town.appoint(planningChief, SecurityRole.AUDITOR, zeimu);

        var suido = section(town, "500", "上下水道課", "じょうげすいどうか", PUBLIC_ENTERPRISE,
                new String[][] {{"5001", "水道係", "すいどうかかり"}, {"5002", "下水道係", "げすいどうかかり"}});
        head(town, suido);
        staff(town, "5001", REGULAR, REGULAR);
        staff(town, "5002", REGULAR, FISCAL_YEAR_APPOINTED);
    }

    /** A 課 at the top with its 係; returns the 課's code. */
    private static String section(KumenanDemo.Town town, String code, String name, String kana,
            OrgUnitCategory category, String[][] subsections) {
        town.unit(code, null, category, OrgUnitLevel.SECTION, name, kana);
        for (var sub : subsections) {
            town.unit(sub[0], code, category, OrgUnitLevel.SUBSECTION, sub[1], sub[2]);
        }
        return code;
    }

    /** The 課長: 情報セキュリティ責任者 and 管理者 of their 課, and a member of the 委員会. */
    private static Staff head(KumenanDemo.Town town, String sectionCode) {
        var head = town.person(sectionCode, REGULAR);
        town.appoint(head, SecurityRole.DEPARTMENT_SECURITY_OFFICER, sectionCode);
        town.appoint(head, SecurityRole.SECTION_SECURITY_MANAGER, sectionCode);
        town.appoint(head, SecurityRole.COMMITTEE_MEMBER, null);
        return head;
    }

    private static List<Staff> staff(KumenanDemo.Town town, String unitCode, StaffKind... kinds) {
        var people = new ArrayList<Staff>();
        for (var kind : kinds) {
            people.add(town.person(unitCode, kind));
        }
        return people;
    }
}
