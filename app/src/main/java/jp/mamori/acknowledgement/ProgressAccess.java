package jp.mamori.acknowledgement;

import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;

/**
 * Whose progress a reader of campaigns sees: holders of ACKNOWLEDGEMENT_MANAGE every unit their permission reaches
 * (the whole tenant for the leadership), holders of ACKNOWLEDGEMENT_PROGRESS the units that permission reaches. The
 * endpoints open to either permission with {@code @RequiresPermission({MANAGE, PROGRESS})}.
 */
final class ProgressAccess {

    private ProgressAccess() {
    }

    static boolean seesUnit(CurrentUser user, UUID unitId) {
        return user.can(Permission.ACKNOWLEDGEMENT_MANAGE, unitId) || user.can(Permission.ACKNOWLEDGEMENT_PROGRESS, unitId);
    }
}
