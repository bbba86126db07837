package jp.mamori.asset;

import java.util.UUID;

/**
 * A consistency finding on the register: a fact about an asset that contradicts the policy. Immutable.
 *
 * @param kind which rule
 * @param assetId the asset it concerns
 * @param registerNumber its number, for display
 * @param assetName its name
 * @param detail what the message needs beyond the asset (for example the system's name), may be empty
 */
record Finding(FindingKind kind, UUID assetId, String registerNumber, String assetName, String detail) {

    /** The message key of the finding's explanation: {@code asset.finding.<KIND>}. */
    public String messageKey() {
        return "asset.finding." + kind.name();
    }
}
