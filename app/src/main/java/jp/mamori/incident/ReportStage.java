package jp.mamori.incident;

/** The two reports of an obligation: 速報 and 確報. */
public enum ReportStage {
    PRELIMINARY,
    FINAL
}
