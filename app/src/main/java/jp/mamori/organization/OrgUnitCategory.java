package jp.mamori.organization;

/** The kind of body a unit belongs to (seed 4(1)): 内部部局, 行政委員会, 議会事務局, 地方公営企業. */
public enum OrgUnitCategory {
    EXECUTIVE,
    ADMINISTRATIVE_COMMITTEE,
    ASSEMBLY_SECRETARIAT,
    PUBLIC_ENTERPRISE
}
