package jp.mamori.policy;

import java.util.Objects;
import java.util.UUID;

import jp.mamori.access.CurrentUser;

/**
 * Who wrote or decided a revision: their account and staff record (either may be missing for demo data and
 * commands) and the name shown in the history. Immutable.
 */
record Signatory(UUID accountId, UUID staffId, String name) {

    Signatory {
        Objects.requireNonNull(name, "name");
    }

    static Signatory of(CurrentUser user) {
        return new Signatory(user.accountId(), user.staffId(), user.displayName());
    }

    /** Whether both name the same person: the same account, or the same staff member behind two accounts. */
    boolean samePersonAs(Signatory other) {
        return other != null && (accountId != null && accountId.equals(other.accountId)
                || staffId != null && staffId.equals(other.staffId));
    }
}
