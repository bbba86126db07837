package jp.mamori.asset;

/** The ten lifecycle steps of handling an information asset (対策基準 3.(2)), 管理責任 … 廃棄. */
public enum HandlingStep {
    /** 管理責任 */
    RESPONSIBILITY,
    /** 分類の表示 */
    MARKING,
    /** 作成 */
    CREATION,
    /** 入手 */
    ACQUISITION,
    /** 利用 */
    USE,
    /** 保管 */
    STORAGE,
    /** 送信 */
    TRANSMISSION,
    /** 運搬 */
    TRANSPORT,
    /** 提供・公表 */
    DISCLOSURE,
    /** 廃棄 */
    DISPOSAL
}
