package jp.mamori.asset;

/** The consistency rules the register is checked against. */
enum FindingKind {
    /** 特定個人情報 on a system or in electronic form outside the マイナンバー利用事務系. */
    SPECIFIC_PERSONAL_OUTSIDE_MY_NUMBER,
    /** 機密性2以上 information held by a system or medium in the インターネット接続系, or placed there itself. */
    CONFIDENTIAL_IN_INTERNET_ZONE,
    /** The owning unit is abolished, or neither an appointed 管理者 nor an active chosen manager exists. */
    NO_ACTIVE_OWNER,
    /** Personal information classified 機密性1 (publishable). */
    PERSONAL_INFORMATION_PUBLIC,
    /** Classified on a scheme the tenant no longer follows: it awaits the guided mapping. */
    OTHER_SCHEME,
    /** A disposal request waits for the manager's approval. */
    DISPOSAL_AWAITING_APPROVAL
}
