package jp.mamori.acknowledgement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.access.CurrentUser;
import jp.mamori.notification.MailRefused;
import jp.mamori.notification.OutgoingMail;
import jp.mamori.notification.Outbox;
import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffMember;
import jp.mamori.organization.UnitSummary;
import jp.mamori.policy.PolicyLibrary;
import jp.mamori.policy.RevisionState;
import jp.mamori.policy.RevisionSummary;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;
import jp.mamori.web.Wareki;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of 読了確認: draft and edit a campaign, start it (the snapshot of whom it asks), add staff targeted
 * since, remind everyone who has not confirmed, close it, and confirm. Each change writes one trail entry in its
 * transaction. Thread-safe.
 */
@Service
class CampaignManagement {

    /** What a reminder round did: its number, how many mails were queued, and who has no usable address. */
    record ReminderResult(int round, int queued, List<StaffMember> withoutAddress) {
    }

    private final Campaigns campaigns;
    private final Requests requests;
    private final Organization organization;
    private final PolicyLibrary policies;
    private final Outbox outbox;
    private final Trail trail;
    private final Clock clock;
    private final TenantCalendar calendar;
    private final MessageSource messages;
    private final Wareki wareki;
    private final String baseUrl;

    CampaignManagement(Campaigns campaigns, Requests requests, Organization organization, PolicyLibrary policies,
            Outbox outbox, Trail trail, Clock clock, TenantCalendar calendar, MessageSource messages, Wareki wareki,
            @Value("${mamori.base-url}") String baseUrl) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.organization = organization;
        this.policies = policies;
        this.outbox = outbox;
        this.trail = trail;
        this.clock = clock;
        this.calendar = calendar;
        this.messages = messages;
        this.wareki = wareki;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The tenant's business date: campaigns start, fall due and target the staff in service on it. */
    LocalDate today(UUID tenantId) {
        return calendar.today(tenantId);
    }

    ZoneId zone(UUID tenantId) {
        return calendar.zone(tenantId);
    }

    @Transactional(readOnly = true)
    AcknowledgementCampaign campaign(UUID tenantId, UUID id) {
        return campaigns.find(tenantId, id).orElseThrow(() -> new CampaignNotFound(id));
    }

    @Transactional
    UUID create(UUID tenantId, CampaignDraft draft) {
        var revision = check(tenantId, draft);
        var campaign = AcknowledgementCampaign.draft(tenantId, draft.title(), draft.revisionId(), draft.target(),
                draft.dueOn());
        campaigns.insert(campaign, clock.instant());
        trail.record(tenantId, "acknowledgement.campaign.created", "AcknowledgementCampaign", campaign.id().toString(),
                "「" + draft.title() + "」 revision " + describe(revision) + ", due " + draft.dueOn());
        return campaign.id();
    }

    @Transactional
    void update(UUID tenantId, UUID id, long version, CampaignDraft draft) {
        var revision = check(tenantId, draft);
        var campaign = versioned(campaign(tenantId, id), version);
        campaigns.update(campaign.edited(draft.title(), draft.revisionId(), draft.target(), draft.dueOn()),
                clock.instant());
        trail.record(tenantId, "acknowledgement.campaign.updated", "AcknowledgementCampaign", id.toString(),
                "「" + campaign.title() + "」 → 「" + draft.title() + "」 revision " + describe(revision) + ", due "
                        + draft.dueOn());
    }

    /** Starts the campaign: everyone targeted, in service today and in the revision's audience, is asked. */
    @Transactional
    int start(UUID tenantId, UUID id, long version) {
        var campaign = versioned(campaign(tenantId, id), version);
        campaign.mayStart().orThrow(AcknowledgementRefused::new);
        approved(tenantId, campaign.revisionId());
        var today = today(tenantId);
        var targeted = targeted(campaign, today);
        if (targeted.isEmpty()) {
            throw new AcknowledgementRefused("acknowledgement.refused.nobodyTargeted");
        }
        campaigns.update(campaign.started(today), clock.instant());
        targeted.forEach(s -> requests.ask(tenantId, id, s.id(), s.unitId(), today));
        trail.record(tenantId, "acknowledgement.campaign.started", "AcknowledgementCampaign", id.toString(),
                "「" + campaign.title() + "」 started, " + targeted.size() + " staff asked");
        return targeted.size();
    }

    /** Asks the staff targeted today who were not asked yet (joined, moved in, or changed kind since the start). */
    @Transactional
    int addNewlyTargeted(UUID tenantId, UUID id) {
        var campaign = campaign(tenantId, id);
        campaign.mayTakePart().orThrow(AcknowledgementRefused::new);
        var today = today(tenantId);
        var asked = requests.asked(tenantId, id);
        var added = targeted(campaign, today).stream().filter(s -> !asked.contains(s.id())).toList();
        added.forEach(s -> requests.ask(tenantId, id, s.id(), s.unitId(), today));
        trail.record(tenantId, "acknowledgement.campaign.staffAdded", "AcknowledgementCampaign", id.toString(),
                "「" + campaign.title() + "」 " + added.size() + " newly targeted staff asked");
        return added.size();
    }

    /**
     * Queues a reminder to everyone asked who has not confirmed, one mail per person and round (the outbox drops a
     * repeat of the same key). Staff without a usable address are returned, so that the page can name them.
     */
    @Transactional
    ReminderResult remind(UUID tenantId, UUID id, long version) {
        var campaign = versioned(campaign(tenantId, id), version);
        var reminded = campaign.reminded();
        var revision = policies.revision(tenantId, campaign.revisionId()).orElseThrow(() -> new CampaignNotFound(id));
        var round = reminded.reminderRound();
        var queued = 0;
        var withoutAddress = new ArrayList<StaffMember>();
        for (var status : requests.statuses(tenantId, id)) {
            if (status.confirmed()) {
                continue;
            }
            var staff = organization.staffMember(tenantId, status.staffId()).orElse(null);
            if (staff == null) {
                continue;
            }
            if (staff.email() == null || staff.email().isBlank()) {
                withoutAddress.add(staff);
                continue;
            }
            try {
                outbox.enqueue(reminder(campaign, revision, staff, round));
                queued++;
            } catch (MailRefused invalidAddress) {
                withoutAddress.add(staff);
            }
        }
        campaigns.update(reminded, clock.instant());
        trail.record(tenantId, "acknowledgement.campaign.reminded", "AcknowledgementCampaign", id.toString(),
                "「" + campaign.title() + "」 reminder round " + round + ": " + queued + " mails queued, "
                        + withoutAddress.size() + " without a mail address");
        return new ReminderResult(round, queued, List.copyOf(withoutAddress));
    }

    @Transactional
    void close(UUID tenantId, UUID id, long version) {
        var campaign = versioned(campaign(tenantId, id), version);
        campaigns.update(campaign.closed(clock.instant()), clock.instant());
        trail.record(tenantId, "acknowledgement.campaign.closed", "AcknowledgementCampaign", id.toString(),
                "「" + campaign.title() + "」 closed");
    }

    /** The person confirms they have read the campaign's revision and will follow it; bound to that revision. */
    @Transactional
    void confirm(CurrentUser user, UUID campaignId, UUID staffId, boolean agreed) {
        var campaign = campaign(user.tenantId(), campaignId);
        var asked = staffId != null && requests.isAsked(user.tenantId(), campaignId, staffId);
        if (user.staffId() == null || !requests.isAsked(user.tenantId(), campaignId, user.staffId())) {
            throw new CampaignNotFound(campaignId); // not asked: the campaign is none of this person's business
        }
        ConfirmationRules.mayConfirm(campaign, user, staffId, asked,
                asked && requests.hasConfirmed(user.tenantId(), campaignId, staffId), agreed)
                .orThrow(AcknowledgementRefused::new);
        requests.confirm(user.tenantId(), campaignId, staffId, campaign.revisionId(), user.accountId(), clock.instant());
        trail.record(user.tenantId(), "acknowledgement.confirmed", "Acknowledgement", campaignId + "/" + staffId,
                "「" + campaign.title() + "」 confirmed, revision " + campaign.revisionId());
    }

    /** Whom the campaign targets on that day: in service, matching the target, in the revision's audience. */
    List<StaffMember> targeted(AcknowledgementCampaign campaign, LocalDate day) {
        var tenantId = campaign.tenantId();
        var reach = new HashMap<UUID, Set<UUID>>();
        return organization.staffActiveOn(tenantId, day).stream()
                .filter(s -> campaign.target().matches(s,
                        unit -> reach.computeIfAbsent(unit, u -> organization.unitWithDescendants(tenantId, u))))
                .filter(s -> policies.inAudience(tenantId, s.id(), campaign.revisionId()))
                .toList();
    }

    OutgoingMail reminder(AcknowledgementCampaign campaign, RevisionSummary revision, StaffMember staff, int round) {
        var ja = Locale.JAPANESE;
        var link = baseUrl + "/acknowledgements/" + campaign.id();
        var subject = messages.getMessage("acknowledgement.mail.subject", new Object[] {campaign.title()}, ja);
        var body = messages.getMessage("acknowledgement.mail.body", new Object[] {staff.name(), campaign.title(),
                revision.documentTitle(), wareki.both(campaign.dueOn()), link}, ja);
        return new OutgoingMail(campaign.tenantId(), staff.email().strip(), subject, body,
                "acknowledgement:" + campaign.id() + ":" + staff.id() + ":reminder-" + round,
                "読了確認の督促「" + campaign.title() + "」第" + round + "回");
    }

    private RevisionSummary check(UUID tenantId, CampaignDraft draft) {
        var title = draft.title() == null ? "" : draft.title();
        if (title.isBlank() || title.length() > AcknowledgementCampaign.MAX_TITLE || title.chars().anyMatch(c -> c < 0x20)) {
            throw new AcknowledgementRefused("acknowledgement.refused.title");
        }
        if (draft.dueOn() == null) {
            throw new AcknowledgementRefused("acknowledgement.refused.dueMissing");
        }
        var known = organization.units(tenantId).stream().map(UnitSummary::id).collect(Collectors.toSet());
        if (!known.containsAll(draft.target().units())) {
            throw new AcknowledgementRefused("acknowledgement.refused.unknownUnit");
        }
        return approved(tenantId, draft.revisionId());
    }

    private RevisionSummary approved(UUID tenantId, UUID revisionId) {
        return policies.approvedRevisions(tenantId).stream()
                .filter(r -> r.revisionId().equals(revisionId) && r.state() == RevisionState.APPROVED).findFirst()
                .orElseThrow(() -> new AcknowledgementRefused("acknowledgement.refused.revisionNotApproved"));
    }

    private static AcknowledgementCampaign versioned(AcknowledgementCampaign campaign, long version) {
        if (campaign.version() != version) {
            throw new jp.mamori.kernel.EditConflict("acknowledgement campaign " + campaign.id());
        }
        return campaign;
    }

    private static String describe(RevisionSummary revision) {
        return revision.documentTitle() + " #" + revision.number() + " (" + revision.revisionId() + ")";
    }
}
