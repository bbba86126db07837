package jp.mamori.finding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.access.Permission;

/**
 * Published by a module each time it has checked the whole of a tenant's data against one set of rules: the
 * complete current findings of that source, which replace the ones it published before (an empty list clears
 * them). Published inside a transaction; the finding module stores them in it.
 *
 * @param source the set of rules, {@code <module>.<check>}, for example {@code asset.consistency}
 * @param audience the permission that lets someone see this source's findings
 * @param evaluatedAt when the data was read
 */
public record FindingsEvaluated(UUID tenantId, String source, Permission audience, List<Finding> findings,
        Instant evaluatedAt) {

    public FindingsEvaluated {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        findings = List.copyOf(findings);
    }
}
