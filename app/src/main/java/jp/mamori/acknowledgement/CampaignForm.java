package jp.mamori.acknowledgement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.campaign.Campaign;
import jp.mamori.campaign.CampaignTarget;
import jp.mamori.organization.StaffKind;

/** The campaign form as posted; never bound onto the aggregate. Unknown staff kinds are ignored. */
record CampaignForm(String title, UUID revisionId, Boolean targetAll, List<UUID> unitIds, List<String> kinds,
        LocalDate dueOn, Long version) {

    static CampaignForm empty(LocalDate dueOn) {
        return new CampaignForm("", null, Boolean.TRUE, List.of(), List.of(), dueOn, null);
    }

    static CampaignForm of(Campaign c) {
        return new CampaignForm(c.title(), c.subjectId(), c.target().all(), List.copyOf(c.target().units()),
                c.target().kinds().stream().map(Enum::name).toList(), c.dueOn(), c.version());
    }

    CampaignDraft draft() {
        var all = Boolean.TRUE.equals(targetAll);
        Set<UUID> units = all || unitIds == null ? Set.of() : new HashSet<>(unitIds);
        var chosen = EnumSet.noneOf(StaffKind.class);
        if (kinds != null) {
            for (var kind : kinds) {
                for (var known : StaffKind.values()) {
                    if (known.name().equals(kind)) {
                        chosen.add(known);
                    }
                }
            }
        }
        return new CampaignDraft(title == null ? "" : title.strip(), revisionId, new CampaignTarget(all, units, chosen),
                dueOn);
    }

    public boolean hasUnit(UUID unitId) {
        return unitIds != null && unitIds.contains(unitId);
    }

    public boolean hasKind(String kind) {
        return kinds != null && kinds.contains(kind);
    }
}
