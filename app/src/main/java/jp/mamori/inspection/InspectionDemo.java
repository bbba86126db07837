package jp.mamori.inspection;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.campaign.Campaign;
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.campaign.CampaignState;
import jp.mamori.campaign.CampaignTarget;
import jp.mamori.demo.DemoStep;
import jp.mamori.demo.DemoTown;
import jp.mamori.organization.StaffMember;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;

import org.springframework.stereotype.Component;

/**
 * 自己点検 for 久米南町: the question set from the catalogue with three of the town's own questions; the 令和8年度
 * 上半期 campaign to every unit, under way since 2026-06-01 — four in ten sheets finished, two in ten submitted and
 * waiting for their 課長, one in ten begun — with answers that are mostly 実施 and a few 未実施 where a small 課
 * would really fall short (backups, USB memory, the incident drill); and the 下半期 campaign drafted, ready to start.
 * One trail entry besides the question set's and the draft's own.
 */
@Component
class InspectionDemo implements DemoStep {

    static final String OPEN_TITLE = "令和8年度 上半期 情報セキュリティ自己点検";
    static final String DRAFT_TITLE = "令和8年度 下半期 情報セキュリティ自己点検";
    static final LocalDate STARTED_ON = LocalDate.of(2026, 6, 1);
    static final UUID DEMO_ACCOUNT = UUID.nameUUIDFromBytes("jp.mamori.inspection.demo".getBytes(StandardCharsets.UTF_8));
    static final List<String> OWN_QUESTIONS = List.of(
            "窓口のカウンターに、住民の個人情報が記載された書類を置いたまま離席していない",
            "私物のUSBメモリやスマートフォンを業務用端末に接続していない",
            "退庁時に書類を施錠できる書庫に収め、机上に残していない");

    private final Inspections inspections;
    private final CampaignEngine engine;
    private final Sheets sheets;
    private final Trail trail;
    private final Clock clock;

    InspectionDemo(Inspections inspections, CampaignEngine engine, Sheets sheets, Trail trail, Clock clock) {
        this.inspections = inspections;
        this.engine = engine;
        this.sheets = sheets;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "inspection";
    }

    @Override
    public Set<String> after() {
        return Set.of("organization");
    }

    @Override
    public boolean alreadyLoaded(DemoTown town) {
        return engine.count(town.tenantId(), InspectionPurpose.NAME) > 0;
    }

    @Override
    public void load(DemoTown town) {
        var tenantId = town.tenantId();
        var today = inspections.today(tenantId);
        var now = clock.instant();
        var setId = inspections.createQuestionSet(tenantId, "令和8年度 自己点検項目（対策基準より）", OWN_QUESTIONS);
        var questions = inspections.questions(tenantId, setId);

        var start = STARTED_ON.isAfter(today) ? today : STARTED_ON;
        var draft = new Campaign(UUID.randomUUID(), tenantId, InspectionPurpose.NAME, OPEN_TITLE, setId,
                new CampaignTarget(true, Set.of(), Set.of()), today.plusDays(14), CampaignState.DRAFT, null, null, 0,
                null, 0);
        var asked = engine.targeted(draft, start).stream().sorted(Comparator.comparing(StaffMember::staffNumber))
                .toList();
        var open = new Campaign(draft.id(), tenantId, draft.purpose(), draft.title(), setId, draft.target(),
                draft.dueOn(), CampaignState.OPEN, start, null, 0, null, 0);
        engine.load(open, at(start.minusDays(3), 9, now), asked, start);
        int finished = 0;
        int submitted = 0;
        int begun = 0;
        for (int i = 0; i < asked.size(); i++) {
            var staff = asked.get(i);
            int share = i % 10;
            if (share > 6) {
                continue;
            }
            var replies = new HashMap<UUID, Sheet.Reply>();
            for (var q : questions) {
                if (share == 6 && q.position() > questions.size() / 2) {
                    break;
                }
                replies.put(q.id(), reply(q, i));
            }
            var savedAt = at(start.plusDays(1 + i % 20), 9 + i % 8, now);
            var sheet = new Sheet(UUID.randomUUID(), tenantId, open.id(), staff.id(), staff.unitId(), savedAt,
                    staff.name(), 0, replies);
            sheets.insert(sheet, share < 4);
            if (share < 4) {
                engine.loadFinished(tenantId, open.id(), staff.id(), sheet.id(), DEMO_ACCOUNT, savedAt);
                finished++;
            } else if (share < 6) {
                engine.submit(tenantId, open.id(), staff.id(), sheet.id(), DEMO_ACCOUNT);
                submitted++;
            } else {
                engine.begin(tenantId, open.id(), staff.id(), sheet.id());
                begun++;
            }
        }
        inspections.createCampaign(tenantId, DRAFT_TITLE, setId, Set.of(), today.plusWeeks(4));
        trail.record(tenantId, "inspection.demo.loaded", "InspectionCampaign", open.id().toString(),
                "デモ用の自己点検を登録: 「" + OPEN_TITLE + "」（実施中, " + asked.size() + " 名に依頼, 完了 " + finished
                        + " 名, 確認待ち " + submitted + " 名, 回答中 " + begun + " 名）, 「" + DRAFT_TITLE + "」（準備中）");
    }

    /** A plausible answer: mostly 実施; backups, USB memory and the drill fall short in places. */
    private static Sheet.Reply reply(Question q, int person) {
        var text = q.text();
        int p = q.position();
        if (text.contains("USB") && person % 3 == 0) {
            return new Sheet.Reply(Answer.NOT_IMPLEMENTED, "課で共用のUSBメモリを登録せずに使っている");
        }
        if (p % 11 == 4 && person % 2 == 0) {
            return new Sheet.Reply(Answer.NOT_IMPLEMENTED, "手順が定められておらず、実施していない");
        }
        if (p % 7 == 3) {
            return new Sheet.Reply(Answer.PARTIAL, "一部の端末・書類のみ対応済み");
        }
        if (p % 13 == 9) {
            return new Sheet.Reply(Answer.NOT_APPLICABLE, "当課では該当する情報システムを所管していない");
        }
        return new Sheet.Reply(Answer.IMPLEMENTED, "");
    }

    private static Instant at(LocalDate day, int hour, Instant now) {
        var instant = day.atTime(LocalTime.of(hour, 0)).atZone(TenantCalendar.DEFAULT_ZONE).toInstant();
        return instant.isAfter(now) ? now : instant;
    }
}
