package jp.mamori.asset;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.Permission;
import jp.mamori.access.Reach;

/**
 * Which owning units the current thread may see and change, permission by permission: a signed-in user's reach of
 * that permission (a 課's 管理者 edits that 課's assets; tenant-wide roles see all), everything for commands, jobs
 * and demo loading, which run as an explicit command or system actor, and nothing otherwise — not even for code
 * that runs without anyone signed in by mistake (fail closed).
 */
final class AssetScope {

    private AssetScope() {
    }

    /** Whether the current thread may see assets owned by this unit. */
    static boolean sees(UUID unitId) {
        return reaches(Permission.ASSET_VIEW, unitId);
    }

    /** Whether the current thread may register, change or classify assets owned by this unit. */
    static boolean edits(UUID unitId) {
        return reaches(Permission.ASSET_EDIT, unitId);
    }

    static boolean reaches(Permission permission, UUID unitId) {
        return Reach.ofCurrentThread(permission).covers(unitId);
    }

    /** The units to filter lists by, or empty for no filter (tenant-wide, or a command or job). */
    static Optional<Set<UUID>> visibleUnits() {
        return Reach.ofCurrentThread(Permission.ASSET_VIEW).unitFilter();
    }
}
