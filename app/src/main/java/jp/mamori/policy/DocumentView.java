package jp.mamori.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.organization.SecurityRole;

/**
 * A document as the register and its page show it. Immutable.
 *
 * @param inForceNumber number of the revision that applies today, or null
 * @param inForceFrom the day it applies from, or null
 * @param abolished whether the document is abolished today
 * @param lastRevisionDate the 改訂履歴's latest date among approved revisions, or null
 * @param openState the state of a revision in draft or under review, or null
 * @param audienceUnits names of the audience's units (関係者限り only)
 */
record DocumentView(UUID id, DocumentKind kind, String title, Disclosure disclosure, long version,
        Integer inForceNumber, LocalDate inForceFrom, boolean abolished, LocalDate lastRevisionDate,
        RevisionState openState, List<String> audienceUnits, Set<SecurityRole> audienceRoles, Set<UUID> audienceUnitIds) {

    public boolean inForce() {
        return inForceNumber != null && !abolished;
    }
}
