package jp.mamori.web;

/**
 * The areas the main navigation is grouped by, in the order shown, so that the bar stays one line as modules arrive:
 * each new module puts its entries into one of them.
 */
public enum MenuArea {
    /** 組織: units, staff, appointments, the 体制図, 人事異動. */
    ORGANIZATION,
    /** 情報資産: the register, and later the network and systems. */
    ASSETS,
    /** ポリシー: documents, revisions and 読了確認. */
    POLICY,
    /** 対策と点検: the measures catalogue, and later self-inspection, audit, risk. */
    MEASURES,
    /** 記録: the audit trail, and later incidents. */
    RECORDS,
    /** 管理: the tenant's settings, accounts, the outbox. */
    ADMINISTRATION;

    /** Message key of the area's name in the web bundle. */
    public String labelKey() {
        return "layout.area." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
