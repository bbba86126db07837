package jp.mamori.organization;

import java.util.UUID;

import jp.mamori.kernel.NotFound;

/** No such staff member in the tenant (or outside the user's reach). */
class StaffNotFound extends NotFound {
    StaffNotFound(Object id) {
        super("staff " + id);
    }
}
