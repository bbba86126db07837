package jp.mamori.tenant;

/** The tenant's model of three-tier network separation (αモデル, α', β, β'). */
public enum SeparationModel {
    ALPHA,
    ALPHA_PRIME,
    BETA,
    BETA_PRIME
}
