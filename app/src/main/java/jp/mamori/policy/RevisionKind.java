package jp.mamori.policy;

/** The kind of a revision as the 改訂履歴 names it: 新規制定, 改定, 廃止. */
public enum RevisionKind {
    ENACTED,
    AMENDED,
    ABOLISHED
}
