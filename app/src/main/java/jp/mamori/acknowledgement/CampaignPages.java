package jp.mamori.acknowledgement;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.mamori.access.CurrentUser;
import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffKind;
import jp.mamori.organization.UnitSummary;
import jp.mamori.policy.PolicyLibrary;
import jp.mamori.policy.RevisionSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the campaign pages, the export and the API show: progress by unit and each person's status, limited to
 * the units the reader may see. Read-only; thread-safe.
 */
@Component
@Transactional(readOnly = true)
class CampaignPages {

    /** Requested and confirmed of one unit; percent rounded down, so 100 means everyone. */
    record UnitProgress(UUID unitId, String unitCode, String unitName, long requested, long confirmed) {
        public int percent() {
            return requested == 0 ? 0 : (int) (confirmed * 100 / requested);
        }

        public boolean complete() {
            return requested > 0 && confirmed == requested;
        }
    }

    record Progress(AcknowledgementCampaign campaign, RevisionSummary revision, List<UnitProgress> units,
            long requested, long confirmed) {
        public int percent() {
            return requested == 0 ? 0 : (int) (confirmed * 100 / requested);
        }
    }

    /** One person asked by a campaign, as the export and the progress page list them. */
    record StaffLine(UUID staffId, String staffNumber, String name, StaffKind kind, UUID unitId, String unitName,
            boolean confirmed, Instant confirmedAt, UUID revisionId, UUID accountId) {
    }

    private final CampaignManagement management;
    private final Requests requests;
    private final Organization organization;
    private final PolicyLibrary policies;

    CampaignPages(CampaignManagement management, Requests requests, Organization organization, PolicyLibrary policies) {
        this.management = management;
        this.requests = requests;
        this.organization = organization;
        this.policies = policies;
    }

    Map<UUID, UnitSummary> units(UUID tenantId) {
        return organization.units(tenantId).stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    }

    List<RevisionSummary> approvedRevisions(UUID tenantId) {
        return policies.approvedRevisions(tenantId);
    }

    RevisionSummary revision(UUID tenantId, UUID revisionId) {
        return policies.revision(tenantId, revisionId).orElse(null);
    }

    Progress progress(CurrentUser reader, UUID campaignId) {
        var campaign = management.campaign(reader.tenantId(), campaignId);
        var units = units(reader.tenantId());
        var rows = requests.byUnit(reader.tenantId(), campaignId).stream()
                .filter(c -> ProgressAccess.seesUnit(reader, c.unitId()))
                .map(c -> {
                    var unit = units.get(c.unitId());
                    return new UnitProgress(c.unitId(), unit == null ? "" : unit.code(), unit == null ? "" : unit.name(),
                            c.requested(), c.confirmed());
                })
                .sorted(Comparator.comparing(UnitProgress::unitCode))
                .toList();
        return new Progress(campaign, revision(reader.tenantId(), campaign.revisionId()), rows,
                rows.stream().mapToLong(UnitProgress::requested).sum(),
                rows.stream().mapToLong(UnitProgress::confirmed).sum());
    }

    /** Everyone the campaign asks within the reader's units, by unit code and staff number. */
    List<StaffLine> staff(CurrentUser reader, UUID campaignId) {
        management.campaign(reader.tenantId(), campaignId);
        var units = units(reader.tenantId());
        var people = new HashMap<UUID, jp.mamori.organization.StaffMember>();
        organization.staffActiveOn(reader.tenantId(), management.today(reader.tenantId()))
                .forEach(s -> people.put(s.id(), s));
        return requests.statuses(reader.tenantId(), campaignId).stream()
                .filter(s -> ProgressAccess.seesUnit(reader, s.unitId()))
                .map(s -> {
                    var person = people.containsKey(s.staffId()) ? people.get(s.staffId())
                            : organization.staffMember(reader.tenantId(), s.staffId()).orElse(null);
                    var unit = units.get(s.unitId());
                    return new StaffLine(s.staffId(), person == null ? "" : person.staffNumber(),
                            person == null ? "" : person.name(), person == null ? null : person.kind(), s.unitId(),
                            unit == null ? "" : unit.name(), s.confirmed(), s.confirmedAt(), s.revisionId(),
                            s.accountId());
                })
                .sorted(Comparator.comparing((StaffLine l) -> units.containsKey(l.unitId()) ? units.get(l.unitId()).code() : "")
                        .thenComparing(StaffLine::staffNumber))
                .toList();
    }
}
