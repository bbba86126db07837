package jp.mamori.risk;

/** What a risk acts on: an information asset, an information system (also an asset), or the whole organisation. */
public enum RiskTarget {
    ASSET, SYSTEM, ORGANISATION
}
