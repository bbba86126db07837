package jp.mamori.campaign;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffKind;
import jp.mamori.organization.StaffMember;
import jp.mamori.organization.UnitSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for progress: by unit and person by person, limited to the units the reader may see (the using
 * module says which, as its permissions decide). Read-only; thread-safe.
 */
@Component
@Transactional(readOnly = true)
public class CampaignProgress {

    /** Asked and finished of one unit; percent rounded down, so 100 means everyone. */
    public record UnitProgress(UUID unitId, String unitCode, String unitName, long requested, long confirmed) {
        public int percent() {
            return requested == 0 ? 0 : (int) (confirmed * 100 / requested);
        }

        public boolean complete() {
            return requested > 0 && confirmed == requested;
        }
    }

    /** A campaign's progress over the units the reader sees. */
    public record Progress(Campaign campaign, List<UnitProgress> units, long requested, long confirmed) {
        public int percent() {
            return requested == 0 ? 0 : (int) (confirmed * 100 / requested);
        }
    }

    /** One person asked by a campaign, as the export and the progress page list them: who did what, and when. */
    public record Line(UUID staffId, String staffNumber, String name, StaffKind kind, UUID unitId, String unitName,
            ItemState state, Instant submittedAt, UUID answerId, UUID accountId) {
        public boolean confirmed() {
            return state.finished();
        }

        public Instant confirmedAt() {
            return state.finished() ? submittedAt : null;
        }
    }

    private final CampaignEngine engine;
    private final Organization organization;

    CampaignProgress(CampaignEngine engine, Organization organization) {
        this.engine = engine;
        this.organization = organization;
    }

    /** The tenant's units by id, abolished ones included. */
    public Map<UUID, UnitSummary> units(UUID tenantId) {
        return organization.units(tenantId).stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    }

    /** Progress by unit, only of the units for which {@code seesUnit} is true, in unit-code order. */
    public Progress progress(UUID tenantId, UUID campaignId, Predicate<UUID> seesUnit) {
        var campaign = engine.campaign(tenantId, campaignId);
        var units = units(tenantId);
        var rows = engine.items(tenantId, campaignId).stream()
                .filter(i -> seesUnit.test(i.unitId()))
                .collect(Collectors.groupingBy(CampaignItem::unitId)).entrySet().stream()
                .map(e -> {
                    var unit = units.get(e.getKey());
                    return new UnitProgress(e.getKey(), unit == null ? "" : unit.code(), unit == null ? "" : unit.name(),
                            e.getValue().size(), e.getValue().stream().filter(CampaignItem::finished).count());
                })
                .sorted(Comparator.comparing(UnitProgress::unitCode))
                .toList();
        return new Progress(campaign, rows, rows.stream().mapToLong(UnitProgress::requested).sum(),
                rows.stream().mapToLong(UnitProgress::confirmed).sum());
    }

    /** Everyone the campaign asks within the units the reader sees, by unit code and staff number. */
    public List<Line> lines(UUID tenantId, UUID campaignId, Predicate<UUID> seesUnit) {
        engine.campaign(tenantId, campaignId);
        var units = units(tenantId);
        var people = new HashMap<UUID, StaffMember>();
        organization.staffActiveOn(tenantId, engine.today(tenantId)).forEach(s -> people.put(s.id(), s));
        return engine.items(tenantId, campaignId).stream()
                .filter(i -> seesUnit.test(i.unitId()))
                .map(i -> {
                    var person = people.containsKey(i.staffId()) ? people.get(i.staffId())
                            : organization.staffMember(tenantId, i.staffId()).orElse(null);
                    var unit = units.get(i.unitId());
                    return new Line(i.staffId(), person == null ? "" : person.staffNumber(),
                            person == null ? "" : person.name(), person == null ? null : person.kind(), i.unitId(),
                            unit == null ? "" : unit.name(), i.state(), i.submittedAt(), i.answerId(),
                            i.submittedBy());
                })
                .sorted(Comparator.comparing((Line l) -> units.containsKey(l.unitId()) ? units.get(l.unitId()).code() : "")
                        .thenComparing(Line::staffNumber))
                .toList();
    }
}
