package jp.mamori.tenant;

/**
 * The edition of the guideline's classification of information assets a tenant follows: the legacy scheme
 * (機密性 3/2/1) or the one from the R6.10 revision (自治体機密性 3A/3B/3C/2/1).
 */
public enum ClassificationScheme {
    LEGACY,
    R6_10
}
