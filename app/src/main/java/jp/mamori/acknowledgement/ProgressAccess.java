package jp.mamori.acknowledgement;

import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees the progress of campaigns: holders of ACKNOWLEDGEMENT_MANAGE every unit, holders of
 * ACKNOWLEDGEMENT_PROGRESS the units within their reach. The endpoints are {@code @SignedIn} and call
 * {@link #require()}, because either permission opens them and the annotation names one.
 */
final class ProgressAccess {

    private ProgressAccess() {
    }

    static CurrentUser require() {
        var user = CurrentUser.require();
        if (!user.can(Permission.ACKNOWLEDGEMENT_MANAGE) && !user.can(Permission.ACKNOWLEDGEMENT_PROGRESS)) {
            throw new AccessDeniedException("missing permission ACKNOWLEDGEMENT_PROGRESS");
        }
        return user;
    }

    static boolean seesUnit(CurrentUser user, UUID unitId) {
        return user.can(Permission.ACKNOWLEDGEMENT_MANAGE) || user.reaches(unitId);
    }
}
