package jp.mamori.incident;

/** An outside body an incident may have to be reported to. */
public enum ReportingBody {
    /** 個人情報保護委員会 (個人情報保護法 art. 68, 番号法 art. 29-4): 速報 and 確報. */
    PPC,
    /** 都道府県 / 総務省, through the prefecture. */
    PREFECTURE,
    /** 警察 — when malice is suspected. */
    POLICE
}
