package jp.mamori.identity;

import jp.mamori.access.Actor;
import jp.mamori.organization.AppointmentsChanged;
import jp.mamori.organization.StaffDeactivated;
import jp.mamori.trail.Trail;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the organisation: a staff member who leaves loses their account and every session at once; one
 * whose appointments change gets their permissions derived again on their next request.
 */
@Component
class OrganizationChanges {

    private final Accounts accounts;
    private final Sessions sessions;
    private final Trail trail;

    OrganizationChanges(Accounts accounts, Sessions sessions, Trail trail) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.trail = trail;
    }

    @ApplicationModuleListener
    void on(StaffDeactivated event) {
        accounts.findByStaff(event.tenantId(), event.staffId()).ifPresent(account -> {
            accounts.disable(account.tenantId(), account.id());
            var ended = sessions.endAll(account.id());
            Actor.system("organization").runAs(() -> trail.record(account.tenantId(), "identity.account.disabled",
                    "Account", account.id().toString(), "職員の退職によりアカウントを停止（セッション "
                            + ended + " 件を終了）"));
        });
    }

    @ApplicationModuleListener
    void on(AppointmentsChanged event) {
        // Not a change of its own (the appointment has its trail entry): it only marks derived permissions stale.
        accounts.permissionsChanged(event.tenantId(), event.staffId());
    }
}
