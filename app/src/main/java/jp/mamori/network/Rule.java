package jp.mamori.network;

import java.util.EnumSet;
import java.util.Set;

import jp.mamori.finding.Severity;
import jp.mamori.tenant.SeparationModel;

/**
 * The separation rules, as data: each with the measure of the 対策基準 (chapter 4 強靱性の向上) or seed clause it puts
 * into practice, its severity and the models it applies to. The test of each is a small named function in
 * {@link SeparationCheck}. A finding's rule id is {@code network.<RULE>}; its message {@code network.rule.<RULE>}.
 */
enum Rule {
    /** A routed path, over any number of segments, between the Internet side and マイナンバー利用事務系 (either way). */
    INTERNET_MY_NUMBER_PATH("MIC-STD-4.1", Severity.HIGH, EnumSet.allOf(SeparationModel.class)),
    /**
     * マイナンバー利用事務系 talks to something other than a trusted public system (住基ネット, 中間サーバー,
     * ガバメントクラウド) over an address- and port-restricted link; only 無害化 or 画面転送 from LGWAN接続系 may enter.
     */
    MY_NUMBER_UNRESTRICTED_LINK("MIC-STD-4.1", Severity.HIGH, EnumSet.allOf(SeparationModel.class)),
    /** A routed path from the Internet side into the LGWAN side: only 無害化 or 画面転送 may cross. */
    INTERNET_TO_LGWAN_UNSANITISED("MIC-STD-4.2", Severity.HIGH, EnumSet.allOf(SeparationModel.class)),
    /** A 無害化 flow that names no sanitiser. */
    SANITISER_UNNAMED("MIC-STD-4.2", Severity.LOW, EnumSet.allOf(SeparationModel.class)),
    /** LGWAN接続系 reaches the Internet side by routed traffic (α' allows named cloud services only). */
    LGWAN_DIRECT_TO_INTERNET("MIC-STD-4.2", Severity.MEDIUM, EnumSet.allOf(SeparationModel.class)),
    /** α': direct cloud access without a restricted destination (address and port) and tenant restriction. */
    CLOUD_ACCESS_UNRESTRICTED("MIC-STD-4.2", Severity.HIGH, EnumSet.of(SeparationModel.ALPHA_PRIME)),
    /** インターネット接続系 reaches the Internet other than through the 自治体情報セキュリティクラウド. */
    INTERNET_BYPASSES_SECURITY_CLOUD("MIC-STD-4.3", Severity.MEDIUM, EnumSet.allOf(SeparationModel.class)),
    /** Terminals in マイナンバー利用事務系 sign in with one factor. */
    MY_NUMBER_TERMINAL_SINGLE_FACTOR("MIC-STD-4.1", Severity.HIGH, EnumSet.allOf(SeparationModel.class)),
    /** Terminals in マイナンバー利用事務系 with external media open (not blocked, not allow-listed). */
    MY_NUMBER_TERMINAL_MEDIA_OPEN("MIC-STD-4.1", Severity.HIGH, EnumSet.allOf(SeparationModel.class)),
    /** β, β': terminals on the Internet side without both EPP and EDR. */
    INTERNET_TERMINAL_WITHOUT_EPP_EDR("MIC-STD-4.3", Severity.HIGH,
            EnumSet.of(SeparationModel.BETA, SeparationModel.BETA_PRIME)),
    /**
     * 特定個人情報 processed by a system placed outside マイナンバー利用事務系 and the trusted public systems, although the
     * register puts it in the right zone (a wrong registered zone is the asset register's own finding).
     */
    SPECIFIC_PERSONAL_SYSTEM_OUTSIDE_MY_NUMBER("6(2)", Severity.HIGH, EnumSet.allOf(SeparationModel.class)),
    /**
     * 機密性2以上 processed by a system placed on the Internet side where the model does not allow it (all but β'), the
     * register not saying so already.
     */
    CONFIDENTIAL_SYSTEM_ON_INTERNET_SIDE("6(2)", Severity.HIGH, EnumSet.allOf(SeparationModel.class)),
    /** The register gives a system another zone than the segment it is placed in. */
    SYSTEM_ZONE_DIFFERS_FROM_REGISTER("4(2)", Severity.LOW, EnumSet.allOf(SeparationModel.class));

    static final String PREFIX = "network.";

    private final String basis;
    private final Severity severity;
    private final Set<SeparationModel> models;

    Rule(String basis, Severity severity, Set<SeparationModel> models) {
        this.basis = basis;
        this.severity = severity;
        this.models = models;
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

    boolean appliesTo(SeparationModel model) {
        return models.contains(model);
    }

    String messageKey() {
        return "network.rule." + name();
    }

    static Rule of(String ruleId) {
        return valueOf(ruleId.substring(PREFIX.length()));
    }
}
