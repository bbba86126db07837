package jp.mamori.training;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.campaign.Campaign;
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.campaign.CampaignState;
import jp.mamori.campaign.CampaignTarget;
import jp.mamori.demo.DemoStep;
import jp.mamori.demo.DemoTown;
import jp.mamori.organization.SecurityRole;
import jp.mamori.organization.StaffKind;
import jp.mamori.organization.StaffMember;
import jp.mamori.trail.Trail;

import org.springframework.stereotype.Component;

/**
 * 久米南町's training: four courses (the yearly course for all staff, the one for new hires, and the courses a new
 * 情報セキュリティ管理者 and a new 情報システム管理者 must take), the yearly course under way for all staff with
 * two thirds completed (the 会計年度任用職員 not yet), and the manager course open for its role with every current
 * holder completed, so that a new holder from the 人事異動 joins it. One trail entry.
 */
@Component
class TrainingDemo implements DemoStep {

    static final String YEARLY_TITLE = "令和8年度 全職員向け情報セキュリティ研修";
    static final String MANAGER_COURSE = "情報セキュリティ管理者研修";
    static final UUID DEMO_ACCOUNT = UUID.nameUUIDFromBytes("jp.mamori.training.demo".getBytes(StandardCharsets.UTF_8));

    private final Courses courses;
    private final CampaignEngine engine;
    private final Trail trail;
    private final Clock clock;

    TrainingDemo(Courses courses, CampaignEngine engine, Trail trail, Clock clock) {
        this.courses = courses;
        this.engine = engine;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "training";
    }

    @Override
    public Set<String> after() {
        return Set.of("organization");
    }

    @Override
    public boolean alreadyLoaded(DemoTown town) {
        return courses.count(town.tenantId()) > 0;
    }

    @Override
    public void load(DemoTown town) {
        var tenantId = town.tenantId();
        var yearly = course(tenantId, "T01", "全職員向け情報セキュリティ研修", Course.Frequency.YEARLY, null, """
                ## 情報セキュリティ基本方針と私たちの義務

                久米南町の情報資産を守るため、**すべての職員等**（会計年度任用職員を含む）は基本方針と対策基準を守ります。

                - パスワードは他人に教えず、使い回さない。
                - 不審なメールの添付ファイルや URL は開かず、情報セキュリティ管理者に報告する。
                - USB メモリ等の外部記録媒体は、許可されたものだけを使う。
                - 事故や異常に気付いたら、ただちに報告する（報告が早いほど被害は小さくなります）。
                """, List.of(
                q("不審なメールを受け取ったとき、まず行うことは？", 1, "添付ファイルを開いて確かめる", "開かずに情報セキュリティ管理者に報告する", "同僚に転送して意見を聞く"),
                q("会計年度任用職員は基本方針を守る義務がありますか？", 0, "ある", "ない", "任期が1年を超える場合だけある"),
                q("パスワードの扱いとして正しいものは？", 2, "忘れないように付箋で画面に貼る", "係の全員で同じものを使う", "他人に教えず、使い回さない"),
                q("私物の USB メモリを庁内の端末に挿してよいのは？", 2, "急ぎのとき", "課長が口頭で認めたとき", "許可されたもの以外は使わない"),
                q("情報漏えいのおそれに気付いたときは？", 0, "ただちに報告する", "確実になってから報告する", "自分で解決できれば報告しない")));
        course(tenantId, "T02", "新規採用者研修", Course.Frequency.ONCE, null, """
                ## ようこそ久米南町へ

                庁内ネットワークは三層の対策で分離されています。業務に応じて使う端末と系統を守ってください。
                """, List.of(q("マイナンバー利用事務系の端末でインターネットを閲覧してよいですか？", 1, "よい", "よくない")));
        var manager = course(tenantId, "T03", MANAGER_COURSE, Course.Frequency.ON_APPOINTMENT,
                SecurityRole.SECTION_SECURITY_MANAGER, """
                ## 情報セキュリティ管理者の役割

                課の情報セキュリティ管理者は、課の情報資産の管理、職員への周知、事故の報告と対応の指揮を担います。
                """, List.of(
                q("課で情報セキュリティ事故が起きたとき、管理者がまず行うことは？", 0, "統括情報セキュリティ責任者へ報告し、被害の拡大を防ぐ", "原因が分かるまで待つ"),
                q("課の情報資産台帳を見直すのは？", 1, "監査の前だけ", "定期的に、変更のたびに")));
        course(tenantId, "T04", "情報システム管理者研修", Course.Frequency.ON_APPOINTMENT, SecurityRole.SYSTEM_MANAGER, """
                ## 情報システム管理者の役割

                所管する情報システムのアクセス権、ログ、パッチの適用を管理します。
                """, List.of(q("退職者のアカウントは？", 0, "退職日に無効にする", "翌年度にまとめて削除する")));

        var today = engine.today(tenantId);
        var started = today.minusDays(14);
        var now = clock.instant();
        var all = new Campaign(UUID.randomUUID(), tenantId, TrainingPurpose.NAME, YEARLY_TITLE, yearly.id(),
                new CampaignTarget(true, Set.of(), Set.of()), today.plusDays(21), CampaignState.OPEN, started, null, 0,
                null, 0);
        var asked = sorted(engine.targeted(all, started));
        engine.load(all, now.minus(15, ChronoUnit.DAYS), asked, started);
        int done = 0;
        for (int i = 0; i < asked.size(); i++) {
            var s = asked.get(i);
            if (s.kind() != StaffKind.FISCAL_YEAR_APPOINTED && i % 3 != 0) {
                finish(tenantId, all.id(), yearly, s, now.minus(13 - i % 12, ChronoUnit.DAYS));
                done++;
            }
        }
        var role = SecurityRole.SECTION_SECURITY_MANAGER;
        var managers = new Campaign(UUID.randomUUID(), tenantId, TrainingPurpose.NAME, "情報セキュリティ管理者研修（就任時）",
                manager.id(), new CampaignTarget(false, Set.of(), Set.of(), Set.of(role), Set.of()),
                LocalDate.of(today.getYear() + (today.getMonthValue() >= 4 ? 1 : 0), 3, 31), CampaignState.OPEN,
                started, null, 0, null, 0);
        var holders = sorted(engine.targeted(managers, started));
        engine.load(managers, now.minus(15, ChronoUnit.DAYS), holders, started);
        holders.forEach(s -> finish(tenantId, managers.id(), manager, s, now.minus(10, ChronoUnit.DAYS)));
        trail.record(tenantId, "training.demo.loaded", "TrainingCampaign", all.id().toString(),
                "デモ用の研修を登録: コース 4 件, 「" + YEARLY_TITLE + "」（実施中, " + done + "/" + asked.size()
                        + " 名修了）, 「" + MANAGER_COURSE + "（就任時）」（" + holders.size() + " 名修了）");
    }

    private Course course(UUID tenantId, String code, String title, Course.Frequency frequency, SecurityRole role,
            String material, List<Course.Question> questions) {
        var numbered = new java.util.ArrayList<Course.Question>();
        for (int i = 0; i < questions.size(); i++) {
            var q = questions.get(i);
            numbered.add(new Course.Question(UUID.randomUUID(), i + 1, q.text(), q.choices(), q.correct()));
        }
        var course = new Course(UUID.randomUUID(), tenantId, code, title, material, 80, frequency, role, numbered, 0);
        courses.insert(course);
        return course;
    }

    private static Course.Question q(String text, int correct, String... choices) {
        return new Course.Question(UUID.randomUUID(), 0, text, List.of(choices), correct);
    }

    private void finish(UUID tenantId, UUID campaignId, Course course, StaffMember staff, Instant at) {
        var attempt = new Attempt(UUID.randomUUID(), course.id(), campaignId, staff.id(), 100, true, at);
        courses.insertAttempt(tenantId, DEMO_ACCOUNT, attempt);
        engine.loadFinished(tenantId, campaignId, staff.id(), attempt.id(), DEMO_ACCOUNT, at);
    }

    private static List<StaffMember> sorted(List<StaffMember> staff) {
        return staff.stream().sorted(Comparator.comparing(StaffMember::staffNumber)).toList();
    }
}
