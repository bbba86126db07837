package jp.mamori.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jp.mamori.kernel.Decision;

/**
 * 監査人の独立性 (seed 7, 総務省ガイドライン 監査の実施): an auditor may not audit a unit they belong to, or belonged to on
 * any day of the audited period — nor a unit that contains theirs, or one their unit contains. Pure function.
 */
final class AuditorIndependence {

    /** Where the person worked, from a day to a day ({@code to} null while it lasts). */
    record Stint(UUID unitId, String unitName, LocalDate from, LocalDate to) {
    }

    private AuditorIndependence() {
    }

    /**
     * @param scope the engagement's scope units
     * @param stints where the auditor worked during the audited period
     * @param withDescendants a unit with its sub-units
     */
    static Decision check(Set<UUID> scope, List<Stint> stints, Function<UUID, Set<UUID>> withDescendants) {
        for (var stint : stints) {
            for (var unit : scope) {
                if (withDescendants.apply(unit).contains(stint.unitId())
                        || withDescendants.apply(stint.unitId()).contains(unit)) {
                    return Decision.refuse("audit.refused.independence", stint.unitName(), stint.from(),
                            stint.to() == null ? "" : stint.to());
                }
            }
        }
        return Decision.ALLOWED;
    }
}
