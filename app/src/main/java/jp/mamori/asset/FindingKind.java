package jp.mamori.asset;

import jp.mamori.finding.Finding;
import jp.mamori.finding.Severity;

/**
 * The consistency rules the register is checked against, each with the basic-policy clause it puts into practice
 * and how urgent its findings are. A finding's rule id is {@code asset.<RULE>}.
 */
enum FindingKind {
    /** 特定個人情報 on a system or in electronic form outside the マイナンバー利用事務系. */
    SPECIFIC_PERSONAL_OUTSIDE_MY_NUMBER("6(2)", Severity.HIGH),
    /** 機密性2以上 information held by a system or medium in the インターネット接続系, or placed there itself. */
    CONFIDENTIAL_IN_INTERNET_ZONE("6(2)", Severity.HIGH),
    /** The owning unit is abolished, or neither an appointed 管理者 nor an active chosen manager exists. */
    NO_ACTIVE_OWNER("4(2)", Severity.MEDIUM),
    /** Personal information classified 機密性1 (publishable). */
    PERSONAL_INFORMATION_PUBLIC("4(2)", Severity.MEDIUM),
    /** Classified on a scheme the tenant no longer follows: it awaits the guided mapping. */
    OTHER_SCHEME("4(2)", Severity.LOW),
    /** A disposal request waits for the manager's approval. */
    DISPOSAL_AWAITING_APPROVAL("6(1)", Severity.LOW);

    static final String PREFIX = "asset.";

    private final String basis;
    private final Severity severity;

    FindingKind(String basis, Severity severity) {
        this.basis = basis;
        this.severity = severity;
    }

    String ruleId() {
        return PREFIX + name();
    }

    String basis() {
        return basis;
    }

    Severity severity() {
        return severity;
    }

    String messageKey() {
        return "asset.finding." + name();
    }

    /** The rule of one of this module's findings. */
    static FindingKind of(Finding finding) {
        return valueOf(finding.ruleId().substring(PREFIX.length()));
    }
}
