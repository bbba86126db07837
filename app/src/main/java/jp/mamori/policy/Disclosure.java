package jp.mamori.policy;

/** Who may read a document: 公開 (anyone, without signing in), 庁内 (all staff), 関係者限り (named units or roles). */
public enum Disclosure {
    PUBLIC,
    INTERNAL,
    RESTRICTED
}
