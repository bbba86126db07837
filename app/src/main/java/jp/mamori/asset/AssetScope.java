package jp.mamori.asset;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.CurrentUser;

/**
 * Which owning units the current thread may see and change: a signed-in user's reach (a 課's 管理者 sees that
 * 課's assets; tenant-wide roles see all), or everything for commands, jobs and demo loading, which run
 * without a signed-in user.
 */
final class AssetScope {

    private AssetScope() {
    }

    static boolean reaches(UUID unitId) {
        return CurrentUser.get().map(u -> u.reaches(unitId)).orElse(true);
    }

    /** The units to filter lists by, or empty for no filter (tenant-wide or no signed-in user). */
    static Optional<Set<UUID>> units() {
        return CurrentUser.get().filter(u -> !u.tenantWide()).map(CurrentUser::unitScope);
    }
}
