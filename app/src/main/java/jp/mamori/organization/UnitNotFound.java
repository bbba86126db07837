package jp.mamori.organization;

import java.util.UUID;

import jp.mamori.kernel.NotFound;

/** No such unit in the tenant (or outside the user's reach). */
class UnitNotFound extends NotFound {
    UnitNotFound(UUID id) {
        super("org unit " + id);
    }
}
