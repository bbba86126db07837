package jp.mamori.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.mamori.kernel.EditConflict;
import jp.mamori.notification.MailRefused;
import jp.mamori.notification.OutgoingMail;
import jp.mamori.notification.Outbox;
import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffMember;
import jp.mamori.organization.UnitSummary;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;
import jp.mamori.web.ResultPage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API: the use cases every campaign shares, whatever module runs it — draft and edit, start (the snapshot
 * of whom it asks), add staff targeted since, remind everyone who still owes their item, close; and the items'
 * transitions. Campaign changes and reviews write one trail entry each in their transaction, under the purpose's
 * name ({@code acknowledgement.campaign.started}); {@link #begin} and {@link #submit} write none, because they are part
 * of the using module's own use case (saving an answer), whose one trail entry covers them. Thread-safe.
 */
@Service
public class CampaignEngine {

    private final Campaigns campaigns;
    private final CampaignItems items;
    private final Organization organization;
    private final Outbox outbox;
    private final Trail trail;
    private final TenantCalendar calendar;
    private final Clock clock;
    private final Map<String, CampaignPurpose> purposes;
    private final ObjectProvider<SystemRespondents> systems;
    private final Duration remindInterval;

    CampaignEngine(Campaigns campaigns, CampaignItems items, Organization organization, Outbox outbox, Trail trail,
            TenantCalendar calendar, Clock clock, List<CampaignPurpose> purposes,
            ObjectProvider<SystemRespondents> systems,
            @Value("${mamori.campaign.remind-interval:10m}") Duration remindInterval) {
        this.campaigns = campaigns;
        this.items = items;
        this.organization = organization;
        this.outbox = outbox;
        this.trail = trail;
        this.calendar = calendar;
        this.clock = clock;
        this.purposes = purposes.stream().collect(Collectors.toUnmodifiableMap(CampaignPurpose::name, p -> p));
        this.systems = systems;
        this.remindInterval = remindInterval;
    }

    /** The tenant's business date, which due dates and snapshots are measured against. */
    public LocalDate today(UUID tenantId) {
        return calendar.today(tenantId);
    }

    /** The campaign, or {@link CampaignNotFound} when the tenant has none with that id. */
    @Transactional(readOnly = true)
    public Campaign campaign(UUID tenantId, UUID id) {
        return campaigns.find(tenantId, id).orElseThrow(() -> new CampaignNotFound(id));
    }

    /** The campaign of that purpose, or {@link CampaignNotFound}: another module's campaign is none of the caller's. */
    @Transactional(readOnly = true)
    public Campaign campaign(UUID tenantId, String purpose, UUID id) {
        return campaigns.find(tenantId, id).filter(c -> c.purpose().equals(purpose))
                .orElseThrow(() -> new CampaignNotFound(id));
    }

    @Transactional(readOnly = true)
    public ResultPage<Campaign> page(UUID tenantId, String purpose, String text, CampaignState state, int page,
            int size) {
        return campaigns.page(tenantId, purpose, text, state, page, size);
    }

    /** How many campaigns of that purpose the tenant has (for a demo loader's "load once" guard). */
    @Transactional(readOnly = true)
    public long count(UUID tenantId, String purpose) {
        return campaigns.count(tenantId, purpose);
    }

    /**
     * Drafts a campaign. Refuses ({@link CampaignRefused}, with the form field) a missing or overlong title, a
     * missing due date, a due date before the tenant's business date, and units the tenant does not have.
     *
     * @param detail what the trail entry adds about the subject, for example the revision's title and number
     */
    @Transactional
    public UUID create(UUID tenantId, NewCampaign draft, String detail) {
        var purpose = purpose(draft.purpose());
        check(tenantId, draft);
        var campaign = Campaign.draft(tenantId, draft);
        campaigns.insert(campaign, clock.instant());
        trail.record(tenantId, purpose.name() + ".campaign.created", purpose.objectType(), campaign.id().toString(),
                "「" + draft.title() + "」を作成 " + detail + "、期限 " + draft.dueOn());
        return campaign.id();
    }

    @Transactional
    public void update(UUID tenantId, UUID id, long version, NewCampaign draft, String detail) {
        var campaign = versioned(campaign(tenantId, draft.purpose(), id), version);
        var purpose = purpose(campaign.purpose());
        check(tenantId, draft);
        campaigns.update(campaign.edited(draft.title(), draft.subjectId(), draft.target(), draft.dueOn()),
                clock.instant());
        trail.record(tenantId, purpose.name() + ".campaign.updated", purpose.objectType(), id.toString(),
                "「" + campaign.title() + "」 → 「" + draft.title() + "」 " + detail + "、期限 " + draft.dueOn());
    }

    /** Starts the campaign: everyone targeted, in service today and eligible for the purpose, gets an item. */
    @Transactional
    public int start(UUID tenantId, UUID id, long version) {
        var campaign = versioned(campaign(tenantId, id), version);
        campaign.mayStart().orThrow(CampaignRefused::new);
        var today = today(tenantId);
        var targeted = targeted(campaign, today);
        if (targeted.isEmpty()) {
            throw new CampaignRefused("campaign.refused.nobodyTargeted");
        }
        campaigns.update(campaign.started(today), clock.instant());
        targeted.forEach(s -> items.insert(CampaignItem.asked(tenantId, id, s.id(), s.unitId(), today)));
        record(campaign, "started", "「" + campaign.title() + "」を開始、対象 " + targeted.size() + " 名");
        return targeted.size();
    }

    /** Asks the staff targeted today who were not asked yet (joined, moved in, or changed kind since the start). */
    @Transactional
    public int addNewlyTargeted(UUID tenantId, UUID id) {
        var campaign = campaign(tenantId, id);
        campaign.mayTakePart().orThrow(CampaignRefused::new);
        var today = today(tenantId);
        var asked = items.asked(tenantId, id);
        var added = targeted(campaign, today).stream().filter(s -> !asked.contains(s.id())).toList();
        added.forEach(s -> items.insert(CampaignItem.asked(tenantId, id, s.id(), s.unitId(), today)));
        record(campaign, "staffAdded", "「" + campaign.title() + "」に新たに対象となった " + added.size() + " 名を追加");
        return added.size();
    }

    /**
     * Queues a reminder to everyone who still owes their item, one mail per person and round (the outbox drops a
     * repeat of the same key). Within {@code mamori.campaign.remind-interval} (10 minutes by default) of the last
     * round it does nothing and says so — checked before the version, so that a resubmitted stale form is a
     * repeat too, not a conflict. Staff without a usable address are returned, so that the page can name them.
     */
    @Transactional
    public ReminderResult remind(UUID tenantId, UUID id, long version) {
        var found = campaign(tenantId, id);
        var now = clock.instant();
        if (found.lastRemindedAt() != null && now.isBefore(found.lastRemindedAt().plus(remindInterval))) {
            return ReminderResult.repeatOf(found);
        }
        var campaign = versioned(found, version);
        var reminded = campaign.reminded(now);
        var round = reminded.reminderRound();
        var queued = 0;
        var withoutAddress = new ArrayList<StaffMember>();
        for (var staff : awaiting(campaign)) {
            var mail = mail(campaign, staff, CampaignPurpose.ReminderOccasion.ROUND, "reminder-" + round);
            if (mail.isEmpty()) {
                withoutAddress.add(staff);
            } else {
                outbox.enqueue(mail.get());
                queued++;
            }
        }
        campaigns.update(reminded, now);
        record(campaign, "reminded", "「" + campaign.title() + "」の督促 第" + round + "回: メール " + queued
                + " 通を送信待ちに追加、メールアドレスのない職員 " + withoutAddress.size() + " 名");
        return new ReminderResult(round, queued, withoutAddress, null);
    }

    @Transactional
    public void close(UUID tenantId, UUID id, long version) {
        var campaign = versioned(campaign(tenantId, id), version);
        campaigns.update(campaign.closed(clock.instant()), clock.instant());
        record(campaign, "closed", "「" + campaign.title() + "」を終了");
    }

    /** Whom the campaign targets on that day: in service, matching the target, eligible for the purpose. */
    @Transactional(readOnly = true)
    public List<StaffMember> targeted(Campaign campaign, LocalDate day) {
        var tenantId = campaign.tenantId();
        var target = campaign.target();
        var purpose = purpose(campaign.purpose());
        var active = organization.staffActiveOn(tenantId, day);
        var named = new HashSet<UUID>();
        if (!target.roles().isEmpty()) {
            active.stream().filter(s -> organization.rolesHeld(tenantId, s.id(), day).stream()
                    .anyMatch(h -> target.roles().contains(h.role()))).forEach(s -> named.add(s.id()));
        }
        if (!target.systems().isEmpty()) {
            var respondents = systems.getIfAvailable();
            if (respondents == null) {
                throw new CampaignRefused("campaign.refused.noSystemRespondents");
            }
            named.addAll(respondents.respondents(tenantId, target.systems(), day));
        }
        var reach = new HashMap<UUID, Set<UUID>>();
        Function<UUID, Set<UUID>> withSubUnits = unit -> reach.computeIfAbsent(unit,
                u -> organization.unitWithDescendants(tenantId, u));
        return active.stream()
                .filter(s -> named.contains(s.id()) || target.matches(s, withSubUnits))
                .filter(s -> purpose.eligible(campaign, s))
                .toList();
    }

    /** The person's item, if the campaign asks them. */
    @Transactional(readOnly = true)
    public Optional<CampaignItem> item(UUID tenantId, UUID campaignId, UUID staffId) {
        return staffId == null ? Optional.empty() : items.find(tenantId, campaignId, staffId);
    }

    /** Everyone the campaign asks, by unit then staff id. */
    @Transactional(readOnly = true)
    public List<CampaignItem> items(UUID tenantId, UUID campaignId) {
        return items.all(tenantId, campaignId);
    }

    /** The person's items in the open campaigns of one purpose, unfinished first, then by due date. */
    @Transactional(readOnly = true)
    public List<CampaignRequest> openFor(UUID tenantId, UUID staffId, String purpose) {
        var byId = new HashMap<UUID, Campaign>();
        return items.openFor(tenantId, staffId, purpose).stream()
                .map(i -> new CampaignRequest(byId.computeIfAbsent(i.campaignId(), id -> campaign(tenantId, id)), i))
                .toList();
    }

    /** Items asked and finished over the open campaigns of one purpose, for a dashboard. */
    @Transactional(readOnly = true)
    public Totals openTotals(UUID tenantId, String purpose) {
        var totals = items.openTotals(tenantId, purpose);
        return new Totals(totals[0], totals[1]);
    }

    /** Items asked and finished. */
    public record Totals(long requested, long finished) {
        public int percent() {
            return requested == 0 ? 100 : (int) (finished * 100 / requested);
        }
    }

    /** The person has begun their item (saved part of a sheet); {@code answerId} points to the using module's record. */
    @Transactional
    public CampaignItem begin(UUID tenantId, UUID campaignId, UUID staffId, UUID answerId) {
        var item = openItem(tenantId, campaignId, staffId).begun(answerId);
        items.update(item);
        return item;
    }

    /**
     * The person hands in their item: to the reviewer when the purpose has a reviewer step, else it is done. Needs
     * an open campaign and an item that awaits the person.
     */
    @Transactional
    public CampaignItem submit(UUID tenantId, UUID campaignId, UUID staffId, UUID answerId, UUID accountId) {
        var campaign = campaign(tenantId, campaignId);
        var item = openItem(tenantId, campaignId, staffId).submitted(answerId, accountId, clock.instant(),
                purpose(campaign.purpose()).reviewed());
        items.update(item);
        return item;
    }

    /** The reviewer accepts a submitted item. */
    @Transactional
    public void accept(UUID tenantId, UUID campaignId, UUID staffId, UUID reviewerAccount) {
        var campaign = campaign(tenantId, campaignId);
        var item = reviewable(campaign, staffId).accepted(reviewerAccount, clock.instant());
        items.update(item);
        record(campaign, "item.accepted", "「" + campaign.title() + "」 職員 " + staffId + " の回答を受理");
    }

    /** The reviewer sends a submitted item back to the person with a note. */
    @Transactional
    public void returnToStaff(UUID tenantId, UUID campaignId, UUID staffId, UUID reviewerAccount, String note) {
        var campaign = campaign(tenantId, campaignId);
        var item = reviewable(campaign, staffId).returned(reviewerAccount, clock.instant(), note);
        items.update(item);
        record(campaign, "item.returned", "「" + campaign.title() + "」 職員 " + staffId + " の回答を差し戻し");
    }

    /**
     * Writes a campaign as it stands after a history that happened before now, for a demo or import loader: the
     * campaign, its items (all PENDING) asked on {@code askedOn}. No trail entry: the loader records one.
     */
    @Transactional
    public void load(Campaign campaign, Instant created, List<StaffMember> asked, LocalDate askedOn) {
        purpose(campaign.purpose());
        campaigns.insert(campaign, created);
        asked.forEach(s -> items.insert(CampaignItem.asked(campaign.tenantId(), campaign.id(), s.id(), s.unitId(),
                askedOn)));
    }

    /** For a loader after {@link #load}: the person's item finished at {@code at} with the using module's answer. */
    @Transactional
    public void loadFinished(UUID tenantId, UUID campaignId, UUID staffId, UUID answerId, UUID accountId, Instant at) {
        var item = items.find(tenantId, campaignId, staffId).orElseThrow(() -> new CampaignNotFound(campaignId));
        items.update(item.submitted(answerId, accountId, at, false));
    }

    /** The people who still owe their item, in service or not, each once. */
    List<StaffMember> awaiting(Campaign campaign) {
        return items.all(campaign.tenantId(), campaign.id()).stream()
                .filter(i -> i.state().awaitsThePerson())
                .map(i -> organization.staffMember(campaign.tenantId(), i.staffId()).orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The reminder to one person, or empty when they have no usable mail address. */
    Optional<OutgoingMail> mail(Campaign campaign, StaffMember staff, CampaignPurpose.ReminderOccasion occasion,
            String keySuffix) {
        if (staff.email() == null || staff.email().isBlank()) {
            return Optional.empty();
        }
        var text = purpose(campaign.purpose()).reminder(campaign, staff, occasion);
        try {
            return Optional.of(new OutgoingMail(campaign.tenantId(), staff.email().strip(), text.subject(), text.body(),
                    campaign.purpose() + ":" + campaign.id() + ":" + staff.id() + ":" + keySuffix, text.causedBy()));
        } catch (MailRefused invalidAddress) {
            return Optional.empty();
        }
    }

    private CampaignItem openItem(UUID tenantId, UUID campaignId, UUID staffId) {
        campaign(tenantId, campaignId).mayTakePart().orThrow(CampaignRefused::new);
        return item(tenantId, campaignId, staffId).orElseThrow(() -> new CampaignRefused("campaign.refused.notAsked"));
    }

    private CampaignItem reviewable(Campaign campaign, UUID staffId) {
        campaign.mayTakePart().orThrow(CampaignRefused::new);
        if (!purpose(campaign.purpose()).reviewed()) {
            throw new CampaignRefused("campaign.refused.noReview");
        }
        return item(campaign.tenantId(), campaign.id(), staffId).orElseThrow(() -> new CampaignNotFound(staffId));
    }

    private void check(UUID tenantId, NewCampaign draft) {
        var title = draft.title() == null ? "" : draft.title();
        if (title.isBlank() || title.length() > Campaign.MAX_TITLE || title.chars().anyMatch(c -> c < 0x20)) {
            throw new CampaignRefused("campaign.refused.title");
        }
        if (draft.dueOn() == null) {
            throw new CampaignRefused("campaign.refused.dueMissing");
        }
        var today = today(tenantId);
        if (draft.dueOn().isBefore(today)) {
            throw new CampaignRefused("campaign.refused.dueInPast", today.toString());
        }
        var known = organization.units(tenantId).stream().map(UnitSummary::id).collect(Collectors.toSet());
        if (!known.containsAll(draft.target().units())) {
            throw new CampaignRefused("campaign.refused.unknownUnit");
        }
    }

    CampaignPurpose purpose(String name) {
        var purpose = purposes.get(name);
        if (purpose == null) {
            throw new IllegalArgumentException("no CampaignPurpose bean named " + name);
        }
        return purpose;
    }

    private void record(Campaign campaign, String verb, String summary) {
        var purpose = purpose(campaign.purpose());
        trail.record(campaign.tenantId(), purpose.name() + ".campaign." + verb, purpose.objectType(),
                campaign.id().toString(), summary);
    }

    private static Campaign versioned(Campaign campaign, long version) {
        if (campaign.version() != version) {
            throw new EditConflict("campaign " + campaign.id());
        }
        return campaign;
    }
}
