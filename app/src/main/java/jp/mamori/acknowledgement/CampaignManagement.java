package jp.mamori.acknowledgement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.campaign.Campaign;
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.campaign.CampaignNotFound;
import jp.mamori.campaign.CampaignState;
import jp.mamori.campaign.NewCampaign;
import jp.mamori.campaign.ReminderResult;
import jp.mamori.organization.StaffMember;
import jp.mamori.policy.PolicyLibrary;
import jp.mamori.policy.RevisionState;
import jp.mamori.policy.RevisionSummary;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;
import jp.mamori.web.ResultPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of 読了確認 on the campaign engine: what is about the revision — that it is approved, and the
 * confirmation bound to it — is here; drafting, the snapshot, reminders and closing are the engine's, under the
 * purpose {@value AcknowledgementPurpose#NAME}. Each change writes one trail entry in its transaction. Thread-safe.
 */
@Service
class CampaignManagement {

    private final CampaignEngine engine;
    private final Confirmations confirmations;
    private final PolicyLibrary policies;
    private final Trail trail;
    private final TenantCalendar calendar;

    CampaignManagement(CampaignEngine engine, Confirmations confirmations, PolicyLibrary policies, Trail trail,
            TenantCalendar calendar) {
        this.engine = engine;
        this.confirmations = confirmations;
        this.policies = policies;
        this.trail = trail;
        this.calendar = calendar;
    }

    /** The business date of the signed-in user's tenant, or of the default zone before anyone signs in. */
    LocalDate today() {
        var user = CurrentUser.get();
        return user.isPresent() ? calendar.today(user.get().tenantId())
                : LocalDate.ofInstant(calendar.now(), TenantCalendar.DEFAULT_ZONE);
    }

    LocalDate today(UUID tenantId) {
        return engine.today(tenantId);
    }

    /** A 読了確認 campaign of the tenant; another module's campaign is not found here. */
    @Transactional(readOnly = true)
    Campaign campaign(UUID tenantId, UUID id) {
        return engine.campaign(tenantId, AcknowledgementPurpose.NAME, id);
    }

    @Transactional(readOnly = true)
    ResultPage<Campaign> page(UUID tenantId, String text, CampaignState state, int page, int size) {
        return engine.page(tenantId, AcknowledgementPurpose.NAME, text, state, page, size);
    }

    @Transactional
    UUID create(UUID tenantId, CampaignDraft draft) {
        var revision = approved(tenantId, draft.revisionId());
        return engine.create(tenantId, draft.toCampaign(), "revision " + describe(revision));
    }

    @Transactional
    void update(UUID tenantId, UUID id, long version, CampaignDraft draft) {
        var revision = approved(tenantId, draft.revisionId());
        engine.update(tenantId, id, version, draft.toCampaign(), "revision " + describe(revision));
    }

    /** Starts the campaign: everyone targeted, in service today and in the revision's audience, is asked. */
    @Transactional
    int start(UUID tenantId, UUID id, long version) {
        approved(tenantId, campaign(tenantId, id).subjectId());
        return engine.start(tenantId, id, version);
    }

    @Transactional
    int addNewlyTargeted(UUID tenantId, UUID id) {
        return engine.addNewlyTargeted(tenantId, campaign(tenantId, id).id());
    }

    /** Reminds everyone asked who has not confirmed (a repeat within the interval sends nothing). */
    @Transactional
    ReminderResult remind(UUID tenantId, UUID id, long version) {
        return engine.remind(tenantId, campaign(tenantId, id).id(), version);
    }

    @Transactional
    void close(UUID tenantId, UUID id, long version) {
        engine.close(tenantId, campaign(tenantId, id).id(), version);
    }

    /** The person confirms they have read the campaign's revision and will follow it; bound to that revision. */
    @Transactional
    void confirm(CurrentUser user, UUID campaignId, UUID staffId, boolean agreed) {
        var tenantId = user.tenantId();
        var campaign = campaign(tenantId, campaignId);
        if (engine.item(tenantId, campaignId, user.staffId()).isEmpty()) {
            throw new CampaignNotFound(campaignId); // not asked: the campaign is none of this person's business
        }
        var asked = engine.item(tenantId, campaignId, staffId).isPresent();
        ConfirmationRules.mayConfirm(campaign, user, staffId, asked,
                asked && confirmations.hasConfirmed(tenantId, campaignId, staffId), agreed)
                .orThrow(AcknowledgementRefused::new);
        var confirmation = confirmations.confirm(tenantId, campaignId, staffId, campaign.subjectId(),
                user.accountId(), calendar.now());
        engine.submit(tenantId, campaignId, staffId, confirmation, user.accountId());
        trail.record(tenantId, "acknowledgement.confirmed", "Acknowledgement", campaignId + "/" + staffId,
                "「" + campaign.title() + "」 confirmed, revision " + campaign.subjectId());
    }

    /** Whom the campaign targets on that day: in service, matching the target, in the revision's audience. */
    List<StaffMember> targeted(Campaign campaign, LocalDate day) {
        return engine.targeted(campaign, day);
    }

    private RevisionSummary approved(UUID tenantId, UUID revisionId) {
        return policies.approvedRevisions(tenantId).stream()
                .filter(r -> r.revisionId().equals(revisionId) && r.state() == RevisionState.APPROVED).findFirst()
                .orElseThrow(() -> new AcknowledgementRefused("acknowledgement.refused.revisionNotApproved"));
    }

    private static String describe(RevisionSummary revision) {
        return revision.documentTitle() + " #" + revision.number() + " (" + revision.revisionId() + ")";
    }
}
