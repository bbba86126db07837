package jp.mamori.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jp.mamori.kernel.StaffId;

/**
 * 受容: the CISO's or a delegate's acceptance of a risk's residual level, with the rationale, the last day it holds
 * and the number of the assessment it accepted; a later assessment voids it. Immutable.
 */
public record RiskAcceptance(StaffId acceptedBy, String rationale, LocalDate expiresOn, int assessmentNumber,
        Instant acceptedAt) {

    public RiskAcceptance {
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        rationale = Objects.requireNonNullElse(rationale, "").strip();
    }

    /** Past its last day. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expiresOn);
    }
}
