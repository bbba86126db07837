package jp.mamori.policy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.organization.SecurityRole;

/**
 * Who may read a 関係者限り document: staff of the named org units (and of their sub-units) and holders of the named
 * security roles. Ignored for 公開 and 庁内 documents. Immutable.
 *
 * @param units org units whose staff (sub-units included) read the document
 * @param roles security roles whose holders, on the day of reading, read the document
 */
record Audience(Set<UUID> units, Set<SecurityRole> roles) {

    static final Audience NOBODY = new Audience(Set.of(), Set.of());

    Audience {
        units = Set.copyOf(units);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static Audience of(Collection<UUID> units, Collection<SecurityRole> roles) {
        return new Audience(Set.copyOf(units), roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }

    boolean isEmpty() {
        return units.isEmpty() && roles.isEmpty();
    }
}
