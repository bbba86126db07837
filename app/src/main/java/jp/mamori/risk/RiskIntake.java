package jp.mamori.risk;

import java.util.UUID;

import jp.mamori.kernel.UnitId;

/**
 * What other modules call to put a draft risk on the register from something they found (an incident, a network
 * finding, a 未実施 self-inspection item, an audit finding): the source named by module and id, a title, and the
 * unit that owns it. The draft waits for a 情報セキュリティ管理者 to assess it. Thread-safe.
 */
public interface RiskIntake {

    /**
     * Creates a draft risk on the whole organisation (the assessor narrows it to an asset) unless one from the same
     * source exists; answers the id of the new or the existing risk.
     *
     * @param sourceModule for example {@code incident}
     * @param sourceId the object's id in that module
     */
    UUID draftFrom(UUID tenantId, String sourceModule, String sourceId, String title, UnitId ownerUnit);
}
