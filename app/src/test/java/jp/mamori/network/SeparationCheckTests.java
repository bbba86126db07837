package jp.mamori.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import jp.mamori.asset.Zone;
import jp.mamori.finding.Finding;
import jp.mamori.finding.Severity;
import jp.mamori.tenant.SeparationModel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every separation rule, for every model, with a configuration that passes and one that fails. */
class SeparationCheckTests {

    private static final EnumSet<SeparationModel> ALL = EnumSet.allOf(SeparationModel.class);

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void aWellBuiltTownHasNoFindingsInAnyModel(SeparationModel model) {
        assertThat(NetworkFixture.wellBuilt().check(model)).isEmpty();
    }

    // ---- INTERNET_MY_NUMBER_PATH ---------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void aDirectFlowFromTheInternetSideIntoMyNumberIsAPath(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        var internet = n.segments.get(2);
        var myNumber = n.segments.get(0);
        var wrong = n.flow(internet, myNumber, "445", FlowPath.DIRECT);
        var found = n.check(model, Rule.INTERNET_MY_NUMBER_PATH);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).subject().objectId()).isEqualTo(wrong.id().toString());
        assertThat(found.get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(found.get(0).basis()).isEqualTo("MIC-STD-4.1");
    }

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void pathsAreFollowedAcrossSegments(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        var internet = n.segments.get(2);
        var myNumber = n.segments.get(0);
        var dmz = n.segment("DMZ", Area.INTERNET);
        var relay = n.segment("中継セグメント", Area.LGWAN);
        n.flow(internet, dmz, "22", FlowPath.DIRECT);
        var crossing = n.flow(dmz, relay, "22", FlowPath.DIRECT);
        var last = n.flow(relay, myNumber, "22", FlowPath.DIRECT);
        var found = n.check(model, Rule.INTERNET_MY_NUMBER_PATH);
        assertThat(found).hasSize(1);
        var ids = found.get(0).subjects().stream().map(s -> s.objectId()).toList();
        assertThat(ids.get(0)).isEqualTo(last.id().toString());
        assertThat(ids).contains(crossing.id().toString());
        assertThat(found.get(0).arguments().get(0)).isEqualTo("DMZ → 中継セグメント → 住基セグメント");
    }

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void pathsFromMyNumberOutToTheInternetSideCountToo(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        var myNumber = n.segments.get(0);
        var relay = n.segment("中継セグメント", Area.LGWAN);
        n.flow(myNumber, relay, "443", FlowPath.DIRECT);
        n.flow(relay, n.segments.get(1), "443", FlowPath.DIRECT);
        n.flow(n.segments.get(1), n.segments.get(4), "443", FlowPath.DIRECT);
        assertThat(n.check(model, Rule.INTERNET_MY_NUMBER_PATH)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void sanitisedAndScreenTransferHopsEndAPath(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        var lgwan = n.segments.get(1);
        var myNumber = n.segments.get(0);
        // Internet →(無害化) LGWAN →(画面転送) MyNumber: no routed path.
        n.flow(lgwan, myNumber, "3389", FlowPath.SCREEN_TRANSFER);
        assertThat(n.check(model, Rule.INTERNET_MY_NUMBER_PATH)).isEmpty();
        assertThat(n.check(model)).isEmpty();
    }

    @Test
    void aRoutedChainOfFlowsBeyondTheSanitiserIsStillAPathFromItsOwnStart() {
        var n = NetworkFixture.wellBuilt();
        var lgwan = n.segments.get(1);
        var myNumber = n.segments.get(0);
        n.flow(n.segments.get(2), lgwan, "443", FlowPath.DIRECT);
        n.flow(lgwan, myNumber, "443", FlowPath.DIRECT);
        assertThat(n.check(SeparationModel.ALPHA, Rule.INTERNET_MY_NUMBER_PATH)).hasSize(1);
        assertThat(n.check(SeparationModel.ALPHA, Rule.INTERNET_TO_LGWAN_UNSANITISED)).hasSize(1);
        assertThat(n.check(SeparationModel.ALPHA, Rule.MY_NUMBER_UNRESTRICTED_LINK)).hasSize(1);
    }

    @Test
    void aFlowFromOneSystemCountsAsItsSegments() {
        var n = NetworkFixture.wellBuilt();
        var internetSystem = n.system("Web公開サーバ", n.segments.get(2));
        var myNumberSystem = n.system("住民記録システム", n.segments.get(0));
        // The flow names the segments wrongly but the systems rightly: the systems decide.
        n.flow(n.segments.get(1), internetSystem, n.segments.get(1), myNumberSystem, "1433", FlowPath.DIRECT, "");
        assertThat(n.check(SeparationModel.ALPHA, Rule.INTERNET_MY_NUMBER_PATH)).hasSize(1);
    }

    // ---- MY_NUMBER_UNRESTRICTED_LINK -----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void myNumberMayReachATrustedSystemOnlyRestricted(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        var myNumber = n.segments.get(0);
        var intermediate = n.segment("中間サーバー", Area.INTERMEDIATE_SERVER, "10.200.0.0/16", false);
        var gov = n.segment("ガバメントクラウド", Area.GOVERNMENT_CLOUD, "10.210.1.5/32", false);
        n.flow(myNumber, intermediate, "443", FlowPath.DEDICATED_LINE); // a whole /16: not one address
        n.flow(myNumber, gov, "any", FlowPath.DEDICATED_LINE); // any port
        n.flow(myNumber, gov, "443", FlowPath.DEDICATED_LINE); // restricted: passes
        assertThat(n.check(model, Rule.MY_NUMBER_UNRESTRICTED_LINK)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void myNumberMayNotTalkToLgwanDirectlyButMayReceiveSanitisedOrScreenTransfer(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        var myNumber = n.segments.get(0);
        var lgwan = n.segments.get(1);
        n.flow(lgwan, myNumber, "445", FlowPath.SANITISED);
        n.flow(lgwan, myNumber, "3389", FlowPath.SCREEN_TRANSFER);
        assertThat(n.check(model, Rule.MY_NUMBER_UNRESTRICTED_LINK)).isEmpty();
        n.flow(myNumber, lgwan, "445", FlowPath.SANITISED); // export, even sanitised
        n.flow(lgwan, myNumber, "445", FlowPath.DIRECT);
        assertThat(n.check(model, Rule.MY_NUMBER_UNRESTRICTED_LINK)).hasSize(2);
    }

    // ---- INTERNET_TO_LGWAN_UNSANITISED ---------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void theInternetSideReachesLgwanOnlySanitisedOrByScreenTransfer(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        n.flow(n.segments.get(2), n.segments.get(1), "3389", FlowPath.SCREEN_TRANSFER);
        assertThat(n.check(model, Rule.INTERNET_TO_LGWAN_UNSANITISED)).isEmpty();
        var wrong = n.flow(n.segments.get(2), n.segments.get(1), "443", FlowPath.DIRECT);
        var found = n.check(model, Rule.INTERNET_TO_LGWAN_UNSANITISED);
        assertThat(found).singleElement().satisfies(f ->
                assertThat(f.subject().objectId()).isEqualTo(wrong.id().toString()));
    }

    @Test
    void theInternetReachingLgwanThroughLgwanItselfIsFollowed() {
        var n = NetworkFixture.wellBuilt();
        var lgwanNet = n.segments.get(5);
        var vendor = n.segment("保守業者VPN", Area.THE_INTERNET);
        n.flow(vendor, lgwanNet, "443", FlowPath.DIRECT);
        var found = n.check(SeparationModel.ALPHA, Rule.INTERNET_TO_LGWAN_UNSANITISED);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).arguments().get(0)).isEqualTo("保守業者VPN → LGWAN");
    }

    // ---- SANITISER_UNNAMED ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void aSanitisedFlowNamesItsSanitiser(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        assertThat(n.check(model, Rule.SANITISER_UNNAMED)).isEmpty();
        n.flow(n.segments.get(2), null, n.segments.get(1), null, "443", FlowPath.SANITISED, " ");
        assertThat(n.check(model, Rule.SANITISER_UNNAMED)).hasSize(1);
    }

    // ---- LGWAN_DIRECT_TO_INTERNET and CLOUD_ACCESS_UNRESTRICTED --------------------------------------------------

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void lgwanGoesToTheInternetOnlyByScreenTransferExceptAlphaPrimeCloud(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        var saas = n.segment("Microsoft 365", Area.CLOUD_SERVICE, "52.96.0.0/14", true);
        n.flow(n.segments.get(1), saas, "443", FlowPath.DIRECT);
        var lgwanRule = n.check(model, Rule.LGWAN_DIRECT_TO_INTERNET);
        var cloudRule = n.check(model, Rule.CLOUD_ACCESS_UNRESTRICTED);
        if (model == SeparationModel.ALPHA_PRIME) {
            assertThat(lgwanRule).isEmpty();
            assertThat(cloudRule).isEmpty();
        } else {
            assertThat(lgwanRule).hasSize(1);
            assertThat(cloudRule).isEmpty();
        }
        n.flow(n.segments.get(1), n.segments.get(4), "443", FlowPath.DIRECT); // to the Internet, any model
        assertThat(n.check(model, Rule.LGWAN_DIRECT_TO_INTERNET)).hasSize(model == SeparationModel.ALPHA_PRIME ? 1 : 2);
    }

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void alphaPrimeCloudAccessNeedsDestinationPortAndTenantRestriction(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        var open = n.segment("ストレージサービス", Area.CLOUD_SERVICE, "", false);
        n.flow(n.segments.get(1), open, "443", FlowPath.DIRECT);
        var restricted = n.segment("Microsoft 365", Area.CLOUD_SERVICE, "52.96.0.0/14", true);
        n.flow(n.segments.get(1), restricted, "any", FlowPath.DIRECT);
        var found = n.check(model, Rule.CLOUD_ACCESS_UNRESTRICTED);
        assertThat(found).hasSize(model == SeparationModel.ALPHA_PRIME ? 2 : 0);
    }

    // ---- INTERNET_BYPASSES_SECURITY_CLOUD -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void theInternetSideGoesOutThroughTheSecurityCloud(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        assertThat(n.check(model, Rule.INTERNET_BYPASSES_SECURITY_CLOUD)).isEmpty();
        n.flow(n.segments.get(2), n.segments.get(4), "443", FlowPath.DIRECT);
        assertThat(n.check(model, Rule.INTERNET_BYPASSES_SECURITY_CLOUD)).hasSize(1);
    }

    // ---- terminals -----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void myNumberTerminalsSignInWithTwoFactorsAndKeepMediaShut(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        var myNumber = n.segments.get(0);
        n.terminals("税務課端末", myNumber, 2, ExternalMedia.BLOCKED, false, false);
        assertThat(n.check(model)).isEmpty();
        n.terminals("窓口端末", myNumber, 1, ExternalMedia.BLOCKED, false, false);
        n.terminals("福祉端末", myNumber, 3, ExternalMedia.OPEN, false, false);
        assertThat(n.check(model, Rule.MY_NUMBER_TERMINAL_SINGLE_FACTOR)).singleElement()
                .satisfies(f -> assertThat(f.subject().label()).isEqualTo("窓口端末"));
        assertThat(n.check(model, Rule.MY_NUMBER_TERMINAL_MEDIA_OPEN)).singleElement()
                .satisfies(f -> assertThat(f.subject().label()).isEqualTo("福祉端末"));
    }

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void betaModelsNeedEppAndEdrOnInternetSideTerminals(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        n.terminals("職員端末（β）", n.segments.get(2), 2, ExternalMedia.ALLOW_LISTED, true, false);
        n.terminals("庁内LAN端末2", n.segments.get(1), 2, ExternalMedia.ALLOW_LISTED, false, false);
        var found = n.check(model, Rule.INTERNET_TERMINAL_WITHOUT_EPP_EDR);
        boolean beta = model == SeparationModel.BETA || model == SeparationModel.BETA_PRIME;
        assertThat(found).hasSize(beta ? 1 : 0);
        if (beta) {
            assertThat(found.get(0).subject().label()).isEqualTo("職員端末（β）");
        }
    }

    // ---- systems and the register --------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void specificPersonalInformationStaysInMyNumberOrTrustedSystems(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        n.system("住民記録システム", n.segments.get(0), true, true, Zone.MY_NUMBER);
        n.system("標準準拠 税務システム", n.segment("ガバメントクラウド", Area.GOVERNMENT_CLOUD), true, true, null);
        assertThat(n.check(model)).isEmpty();
        n.system("宛名管理（誤配置）", n.segments.get(1), true, true, null);
        assertThat(n.check(model, Rule.SPECIFIC_PERSONAL_SYSTEM_OUTSIDE_MY_NUMBER)).singleElement()
                .satisfies(f -> assertThat(f.subjects()).extracting(s -> s.module()).containsExactly("network", "asset"));
    }

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void confidentialSystemsOnTheInternetSideOnlyInBetaPrime(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        n.system("文書管理システム", n.segments.get(2), true, false, Zone.LGWAN);
        n.system("ホームページCMS", n.segments.get(2), false, false, Zone.INTERNET);
        assertThat(n.check(model, Rule.CONFIDENTIAL_SYSTEM_ON_INTERNET_SIDE))
                .hasSize(model == SeparationModel.BETA_PRIME ? 0 : 1);
    }

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void whatTheRegisterAlreadyFlagsIsNotRepeated(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        n.system("人事給与システム", n.segments.get(1), true, true, Zone.LGWAN);
        n.system("公開用ファイル共有", n.segments.get(2), true, false, Zone.INTERNET);
        assertThat(n.check(model, Rule.SPECIFIC_PERSONAL_SYSTEM_OUTSIDE_MY_NUMBER)).isEmpty();
        assertThat(n.check(model, Rule.CONFIDENTIAL_SYSTEM_ON_INTERNET_SIDE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void alphaPrimeAllowsConfidentialWorkInATenantRestrictedCloudService(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        var saas = n.segment("Microsoft 365", Area.CLOUD_SERVICE, "52.96.0.0/14", true);
        n.system("グループウェア", saas, true, false, null);
        assertThat(n.check(model, Rule.CONFIDENTIAL_SYSTEM_ON_INTERNET_SIDE))
                .hasSize(model == SeparationModel.ALPHA_PRIME ? 0 : 1);
    }

    @ParameterizedTest
    @EnumSource(SeparationModel.class)
    void theRegisterAndThePlacementAgreeOnTheZone(SeparationModel model) {
        var n = NetworkFixture.wellBuilt();
        n.system("財務会計システム", n.segments.get(1), true, false, Zone.LGWAN);
        assertThat(n.check(model)).isEmpty();
        n.system("例規システム", n.segments.get(1), false, false, Zone.INTERNET);
        assertThat(n.check(model, Rule.SYSTEM_ZONE_DIFFERS_FROM_REGISTER)).singleElement()
                .satisfies(f -> assertThat(f.arguments().get(0)).isEqualTo("インターネット接続系 / LGWAN接続系"));
    }

    // ---- the rules as data ---------------------------------------------------------------------------------------

    @Test
    void everyRuleNamesItsBasisAndEveryModelHasRules() {
        for (var rule : Rule.values()) {
            assertThat(rule.basis()).matches("MIC-STD-4\\.[123]|6\\(2\\)|4\\(2\\)");
            assertThat(Rule.of(rule.ruleId())).isEqualTo(rule);
        }
        for (var model : ALL) {
            assertThat(EnumSet.allOf(Rule.class).stream().filter(r -> r.appliesTo(model)).count()).isGreaterThan(10);
        }
    }

    @Test
    void changingTheModelChangesTheFindings() {
        var n = NetworkFixture.wellBuilt();
        n.terminals("職員端末", n.segments.get(2), 2, ExternalMedia.ALLOW_LISTED, false, false);
        List<Finding> alpha = n.check(SeparationModel.ALPHA);
        List<Finding> beta = n.check(SeparationModel.BETA);
        assertThat(alpha).isEmpty();
        assertThat(beta).extracting(Finding::ruleId).containsExactly(Rule.INTERNET_TERMINAL_WITHOUT_EPP_EDR.ruleId());
    }

    @Test
    void aFlowToASegmentThatIsGoneIsLeftOut() {
        var n = NetworkFixture.wellBuilt();
        var ghost = new Segment(java.util.UUID.randomUUID(), "削除済み", Area.INTERNET, "", false, "", 0);
        n.flow(ghost, n.segments.get(0), "any", FlowPath.DIRECT);
        assertThat(n.check(SeparationModel.ALPHA)).isEmpty();
    }
}
