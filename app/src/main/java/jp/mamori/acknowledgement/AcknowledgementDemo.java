package jp.mamori.acknowledgement;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffMember;
import jp.mamori.organization.UnitSummary;
import jp.mamori.policy.DocumentKind;
import jp.mamori.policy.PolicyLibrary;
import jp.mamori.policy.RevisionSummary;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;
import jp.mamori.trail.Trail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads two 読了確認 campaigns for 久米南町 once its 基本方針 exists: the closed 令和7年度 campaign on the 平成28年 改定
 * (revision 3), which nearly everyone in service then confirmed, and the open 令和8年度 campaign on the revision in force
 * (令和8年4月1日 改定), started on 2026-04-10, due three weeks after the day it is loaded, about two thirds confirmed and
 * unevenly so across the 課, with one reminder round recorded.
 *
 * <p>Runs when the application starts accepting traffic: Spring Boot publishes that readiness change right after
 * {@link ApplicationReadyEvent}, so after the policy module's demo (an ApplicationReadyEvent listener of its own;
 * listeners without {@code @Order} run in registration order, which would put this module first). Does nothing when
 * the town or its 基本方針 revisions are missing or the town already has campaigns. One transaction, one trail entry.
 *
 * <p>The history before "now" goes straight through the module's repositories with past dates, since the use cases
 * in {@link CampaignManagement} stamp the clock's instant. No mail is queued: the reminder round is recorded on the
 * campaign only (the next real round is the second, with mail keys of its own).
 */
@Component
@Profile("!command")
@ConditionalOnProperty(name = "mamori.demo", havingValue = "true")
class AcknowledgementDemo {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementDemo.class);
    static final LocalGovernmentCode KUMENAN = new LocalGovernmentCode("336661");
    static final String CLOSED_TITLE = "令和7年度 情報セキュリティ基本方針の読了確認";
    static final String OPEN_TITLE = "令和8年度 改定後の基本方針の読了確認";
    /** The open campaign's start; its due date follows the clock, so that the demo never shows it overdue at once. */
    static final LocalDate OPEN_STARTED_ON = LocalDate.of(2026, 4, 10);
    static final int OPEN_DUE_IN_DAYS = 21;
    /**
     * Demo staff have no accounts; a confirmation needs one, so the demo's confirmations carry this fixed id, which no
     * real account has (accounts get random ids), and which says "recorded by the demo loader" in the export.
     */
    static final UUID DEMO_ACCOUNT = UUID.nameUUIDFromBytes("jp.mamori.acknowledgement.demo".getBytes(StandardCharsets.UTF_8));

    /** Share confirmed (tenths) in the open campaign by 課 code; 課 not named confirm half. */
    private static final Map<String, Integer> OPEN_TENTHS = Map.of("100", 10, "110", 8, "120", 7, "130", 4, "140", 5,
            "150", 10, "200", 3, "300", 10, "400", 5, "500", 4);

    private final Tenants tenants;
    private final Organization organization;
    private final PolicyLibrary policies;
    private final CampaignManagement management;
    private final Campaigns campaigns;
    private final Requests requests;
    private final Trail trail;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    AcknowledgementDemo(Tenants tenants, Organization organization, PolicyLibrary policies,
            CampaignManagement management, Campaigns campaigns, Requests requests, Trail trail, Clock clock,
            JdbcClient jdbc, TransactionTemplate transaction) {
        this.tenants = tenants;
        this.organization = organization;
        this.policies = policies;
        this.management = management;
        this.campaigns = campaigns;
        this.requests = requests;
        this.trail = trail;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener
    void loadWhenTheTownIsThere(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            loadWhenTheTownIsThere();
        }
    }

    void loadWhenTheTownIsThere() {
        var town = tenants.findByCode(KUMENAN).orElse(null);
        if (town == null || jdbc.sql("SELECT COUNT(*) FROM ack_campaign WHERE tenant_id = ?").param(town.id())
                .query(Long.class).single() > 0) {
            return;
        }
        var basic = policies.approvedRevisions(town.id()).stream()
                .filter(r -> r.documentKind() == DocumentKind.BASIC_POLICY).toList();
        var older = basic.stream().filter(r -> r.number() == 3).findFirst();
        var inForce = basic.stream().filter(r -> r.number() == 4).findFirst();
        if (older.isEmpty() || inForce.isEmpty()) {
            log.warn("Demo 読了確認 of 久米南町 not loaded: its 基本方針 revisions 3 and 4 are missing");
            return;
        }
        String summary = Actor.system("demo").callAs(() -> transaction.execute(status -> load(town.id(), older.get(),
                inForce.get())));
        log.info("Demo 読了確認 of 久米南町 loaded: {}", summary);
    }

    /** Loads both campaigns in the caller's transaction; returns the trail entry's summary. */
    String load(UUID tenantId, RevisionSummary older, RevisionSummary inForce) {
        var now = clock.instant();
        var today = management.today(tenantId);
        var zone = management.zone(tenantId);
        var sections = sections(tenantId);

        // 令和7年度: asked everyone in service on its start; all but a few confirmed within the month.
        var closedStart = LocalDate.of(2025, 6, 2);
        var closed = AcknowledgementCampaign.draft(tenantId, CLOSED_TITLE, older.revisionId(),
                new CampaignTarget(true, Set.of(), Set.of()), LocalDate.of(2025, 6, 30));
        var closedAsked = asked(closed, closedStart);
        var closedConfirmed = new ArrayList<StaffMember>();
        for (int i = 0; i < closedAsked.size(); i++) {
            if (i % 16 != 5) { // a few did not: one in sixteen
                closedConfirmed.add(closedAsked.get(i));
            }
        }
        var closedAt = at(zone, LocalDate.of(2025, 7, 4), 17, now);
        save(closed, at(zone, LocalDate.of(2025, 5, 26), 9, now), closed.started(closedStart).closed(closedAt), closedAt,
                closedAsked, closedStart, closedConfirmed, closedStart, 25, now);

        // 令和8年度: the revision in force, asked from 2026-04-10; confirmed unevenly by 課, one reminder round.
        var openStart = OPEN_STARTED_ON.isAfter(today) ? today : OPEN_STARTED_ON;
        var open = AcknowledgementCampaign.draft(tenantId, OPEN_TITLE, inForce.revisionId(),
                new CampaignTarget(true, Set.of(), Set.of()), today.plusDays(OPEN_DUE_IN_DAYS));
        var openAsked = asked(open, openStart);
        var openConfirmed = new ArrayList<StaffMember>();
        var byUnit = new HashMap<UUID, List<StaffMember>>();
        openAsked.forEach(s -> byUnit.computeIfAbsent(s.unitId(), u -> new ArrayList<>()).add(s));
        byUnit.forEach((unit, people) -> {
            int tenths = OPEN_TENTHS.getOrDefault(sections.getOrDefault(unit, ""), 5);
            long confirmed = Math.round(people.size() * tenths / 10.0);
            openConfirmed.addAll(people.subList(0, (int) confirmed));
        });
        openConfirmed.sort(Comparator.comparing(StaffMember::staffNumber));
        var spread = (int) Math.max(1, Math.min(60, ChronoUnit.DAYS.between(openStart, today)));
        save(open, at(zone, openStart.minusDays(2), 9, now), open.started(openStart).reminded(), now, openAsked, openStart,
                openConfirmed, openStart, spread, now);

        var summary = "デモ用の読了確認を登録: 「" + CLOSED_TITLE + "」（終了, 第" + older.number() + "版, "
                + closedConfirmed.size() + "/" + closedAsked.size() + " 名確認）, 「" + OPEN_TITLE + "」（実施中, 第"
                + inForce.number() + "版, " + openConfirmed.size() + "/" + openAsked.size()
                + " 名確認, 督促 1 回を記録・メール送信なし）";
        trail.record(tenantId, "acknowledgement.demo.loaded", "AcknowledgementCampaign", "-", summary);
        return summary;
    }

    /** Whom the campaign asks on that day, by staff number; the module's own rule of who is targeted. */
    private List<StaffMember> asked(AcknowledgementCampaign campaign, LocalDate on) {
        return management.targeted(campaign, on).stream().sorted(Comparator.comparing(StaffMember::staffNumber))
                .toList();
    }

    /**
     * Saves the draft as created, then its final state, the snapshot and the confirmations (spread over {@code days}
     * days from {@code from}, in office hours, never after now), each bound to the campaign's revision.
     */
    private void save(AcknowledgementCampaign draft, Instant created, AcknowledgementCampaign last, Instant lastChanged,
            List<StaffMember> asked, LocalDate askedOn, List<StaffMember> confirmed, LocalDate from, int days,
            Instant now) {
        var zone = management.zone(draft.tenantId());
        campaigns.insert(draft, created);
        campaigns.update(last, lastChanged);
        asked.forEach(s -> requests.ask(draft.tenantId(), draft.id(), s.id(), s.unitId(), askedOn));
        for (int i = 0; i < confirmed.size(); i++) {
            // Most confirm early, the rest trickle in: the square spreads the days towards the start.
            var share = (double) i / Math.max(1, confirmed.size());
            var day = from.plusDays((long) (share * share * days));
            var confirmedAt = at(zone, day, 9 + i % 8, now).plus(i * 7 % 60, ChronoUnit.MINUTES);
            requests.confirm(draft.tenantId(), draft.id(), confirmed.get(i).id(), draft.revisionId(), DEMO_ACCOUNT,
                    confirmedAt.isAfter(now) ? now : confirmedAt);
        }
    }

    /** The 課 code of each unit: its own code for a 課, its parent's for a 係. */
    private Map<UUID, String> sections(UUID tenantId) {
        var units = organization.units(tenantId);
        var byId = new HashMap<UUID, UnitSummary>();
        units.forEach(u -> byId.put(u.id(), u));
        var sections = new HashMap<UUID, String>();
        for (var unit : units) {
            var top = unit;
            while (top.parentId() != null && byId.containsKey(top.parentId())) {
                top = byId.get(top.parentId());
            }
            sections.put(unit.id(), top.code());
        }
        return sections;
    }

    /** That day at the hour in the tenant's zone, or now when that is later than now. */
    private static Instant at(ZoneId zone, LocalDate day, int hour, Instant now) {
        var instant = day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
        return instant.isAfter(now) ? now : instant;
    }
}
