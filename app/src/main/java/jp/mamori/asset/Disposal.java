package jp.mamori.asset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The record of an asset's disposal (廃棄): when, by whom and how it is destroyed, who asked, and for
 * 機密性2以上 who approved it. Immutable.
 *
 * @param disposedOn the day of destruction
 * @param person who destroys it (a name, possibly a contractor)
 * @param method how, for example 「物理破壊（穿孔）」 or 「データ消去ソフトによる上書き」
 * @param requestedBy the actor who recorded the request
 * @param requesterStaffId the requesting staff member, or null for commands and imports
 * @param approverStaffId the approving 管理者, or null while awaiting approval or when none is needed
 * @param approverName their name as shown
 * @param approvedAt when they approved
 */
public record Disposal(LocalDate disposedOn, String person, String method, String requestedBy, UUID requesterStaffId,
        UUID approverStaffId, String approverName, Instant approvedAt) {

    public Disposal {
        Objects.requireNonNull(disposedOn, "disposedOn");
        person = Objects.requireNonNull(person, "person").strip();
        method = Objects.requireNonNull(method, "method").strip();
        if (person.isEmpty() || method.isEmpty()) {
            throw new IllegalArgumentException("a disposal names the person and the method");
        }
        Objects.requireNonNull(requestedBy, "requestedBy");
    }

    Disposal approvedBy(UUID staffId, String name, Instant at) {
        return new Disposal(disposedOn, person, method, requestedBy, requesterStaffId, staffId, name, at);
    }
}
