package jp.mamori.acknowledgement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.campaign.Campaign;
import jp.mamori.campaign.CampaignProgress;
import jp.mamori.organization.UnitSummary;
import jp.mamori.policy.PolicyLibrary;
import jp.mamori.policy.RevisionSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the campaign pages, the export and the API show: the engine's progress by unit and each person's status,
 * limited to the units the reader may see ({@link ProgressAccess}), with the revision the campaign is about.
 * Read-only; thread-safe.
 */
@Component
@Transactional(readOnly = true)
class CampaignPages {

    record Progress(Campaign campaign, RevisionSummary revision, List<CampaignProgress.UnitProgress> units,
            long requested, long confirmed) {
        public int percent() {
            return requested == 0 ? 0 : (int) (confirmed * 100 / requested);
        }
    }

    private final CampaignManagement management;
    private final CampaignProgress progress;
    private final PolicyLibrary policies;

    CampaignPages(CampaignManagement management, CampaignProgress progress, PolicyLibrary policies) {
        this.management = management;
        this.progress = progress;
        this.policies = policies;
    }

    Map<UUID, UnitSummary> units(UUID tenantId) {
        return progress.units(tenantId);
    }

    List<RevisionSummary> approvedRevisions(UUID tenantId) {
        return policies.approvedRevisions(tenantId);
    }

    RevisionSummary revision(UUID tenantId, UUID revisionId) {
        return policies.revision(tenantId, revisionId).orElse(null);
    }

    Progress progress(CurrentUser reader, UUID campaignId) {
        var campaign = management.campaign(reader.tenantId(), campaignId);
        var byUnit = progress.progress(reader.tenantId(), campaignId, unit -> ProgressAccess.seesUnit(reader, unit));
        return new Progress(campaign, revision(reader.tenantId(), campaign.subjectId()), byUnit.units(),
                byUnit.requested(), byUnit.confirmed());
    }

    /** Everyone the campaign asks within the reader's units, by unit code and staff number. */
    List<CampaignProgress.Line> staff(CurrentUser reader, UUID campaignId) {
        management.campaign(reader.tenantId(), campaignId);
        return progress.lines(reader.tenantId(), campaignId, unit -> ProgressAccess.seesUnit(reader, unit));
    }
}
