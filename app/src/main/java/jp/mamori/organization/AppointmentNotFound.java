package jp.mamori.organization;

import java.util.UUID;

import jp.mamori.kernel.NotFound;

/** No such appointment in the tenant. */
class AppointmentNotFound extends NotFound {
    AppointmentNotFound(UUID id) {
        super("appointment " + id);
    }
}
