package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.mamori.tenant.ClassificationScheme;

import org.junit.jupiter.api.Test;
import jp.mamori.kernel.Decision;

/** The register's rules without Spring: schemes, inheritance, disposal, search text, handling rules. */
class InformationAssetTests {

    static final UUID TENANT = UUID.randomUUID();
    static final UUID UNIT = UUID.randomUUID();

    static AssetDetails details(String number, AssetKind kind) {
        return new AssetDetails(number, "住民記録データ", "じゅうみんきろくでーた", kind, "", UNIT, null, "サーバ室",
                Zone.MY_NUMBER, "永年", PersonalInformation.NONE);
    }

    static HeldAsset held(String number, Confidentiality c, Integrity i, Availability a) {
        return new HeldAsset(UUID.randomUUID(), number, "住民記録データ", Classification.of(c, i, a));
    }

    @Test
    void aSystemCannotBeClassifiedBelowTheInformationItHoldsAndTheRefusalNamesTheSource() {
        var system = InformationAsset.register(TENANT, details("S-1", AssetKind.INFORMATION_SYSTEM),
                Classification.of(Confidentiality.R6_3B, Integrity.LEVEL_2, Availability.LEVEL_2));
        var floor = InheritedFloor.of(List.of(
                held("A-2", Confidentiality.R6_2, Integrity.LEVEL_1, Availability.LEVEL_1),
                held("A-1", Confidentiality.R6_3B, Integrity.LEVEL_2, Availability.LEVEL_1)));

        var decision = system.classify(Classification.of(Confidentiality.R6_2, Integrity.LEVEL_2, Availability.LEVEL_1),
                floor, ClassificationScheme.R6_10);

        assertThat(decision).isInstanceOf(Decision.Refusal.class);
        var refusal = (Decision.Refusal) decision;
        assertThat(refusal.messageKey()).isEqualTo("asset.refused.belowInherited");
        assertThat(refusal.arguments()).containsExactly(InheritedFloor.AXIS_CONFIDENTIALITY, "2", "3B", "住民記録データ（A-1）");
        assertThat(system.classification().confidentiality()).isEqualTo(Confidentiality.R6_3B);
    }

    @Test
    void integrityBelowTheHeldIntegrityIsRefusedToo() {
        var system = InformationAsset.register(TENANT, details("S-1", AssetKind.INFORMATION_SYSTEM),
                Classification.of(Confidentiality.R6_2, Integrity.LEVEL_2, Availability.LEVEL_2));
        var floor = InheritedFloor.of(List.of(held("A-1", Confidentiality.R6_1, Integrity.LEVEL_2, Availability.LEVEL_1)));

        var decision = system.classify(Classification.of(Confidentiality.R6_2, Integrity.LEVEL_1, Availability.LEVEL_1),
                floor, ClassificationScheme.R6_10);

        assertThat(((Decision.Refusal) decision).arguments()).containsExactly(InheritedFloor.AXIS_INTEGRITY, "1", "2", "住民記録データ（A-1）");
    }

    @Test
    void aClassAtOrAboveTheFloorIsAccepted() {
        var system = InformationAsset.register(TENANT, details("S-1", AssetKind.INFORMATION_SYSTEM),
                Classification.of(Confidentiality.R6_1, Integrity.LEVEL_1, Availability.LEVEL_1));
        var floor = InheritedFloor.of(List.of(held("A-1", Confidentiality.R6_3C, Integrity.LEVEL_1, Availability.LEVEL_2)));

        assertThat(system.classify(Classification.of(Confidentiality.R6_3A, Integrity.LEVEL_1, Availability.LEVEL_2),
                floor, ClassificationScheme.R6_10).allowed()).isTrue();
        assertThat(system.classification().confidentiality()).isEqualTo(Confidentiality.R6_3A);
    }

    @Test
    void raisingToTheFloorNamesTheSourceInTheReason() {
        var system = InformationAsset.register(TENANT, details("S-1", AssetKind.INFORMATION_SYSTEM),
                Classification.of(Confidentiality.R6_2, Integrity.LEVEL_1, Availability.LEVEL_1));
        var floor = InheritedFloor.of(List.of(held("A-9", Confidentiality.R6_3B, Integrity.LEVEL_2, Availability.LEVEL_1)));

        assertThat(system.raiseTo(floor)).isTrue();
        assertThat(system.classification().confidentiality()).isEqualTo(Confidentiality.R6_3B);
        assertThat(system.classification().integrity()).isEqualTo(Integrity.LEVEL_2);
        assertThat(system.classification().availability()).isEqualTo(Availability.LEVEL_1);
        assertThat(system.classification().confidentialityReason()).contains("A-9");
        assertThat(system.raiseTo(floor)).isFalse();
    }

    @Test
    void onlyTheTenantsSchemeIsAccepted() {
        var asset = InformationAsset.register(TENANT, details("A-1", AssetKind.ELECTRONIC_INFORMATION),
                Classification.of(Confidentiality.R6_2, Integrity.LEVEL_1, Availability.LEVEL_1));
        var decision = asset.classify(Classification.of(Confidentiality.LEGACY_3, Integrity.LEVEL_1,
                Availability.LEVEL_1), InheritedFloor.NONE, ClassificationScheme.R6_10);
        assertThat(((Decision.Refusal) decision).messageKey()).isEqualTo("asset.refused.otherScheme");
    }

    @Test
    void disposalOfConfidentialityTwoWaitsForTheManagerWhoIsNotTheRequester() {
        var manager = UUID.randomUUID();
        var clerk = UUID.randomUUID();
        var asset = InformationAsset.register(TENANT, details("A-1", AssetKind.STORAGE_MEDIUM),
                Classification.of(Confidentiality.R6_2, Integrity.LEVEL_1, Availability.LEVEL_1));

        asset.requestDisposal(new Disposal(LocalDate.of(2026, 5, 1), "佐藤", "物理破壊", "佐藤", clerk, null, null, null))
                .orThrow(AssetRefused::new);
        assertThat(asset.status()).isEqualTo(AssetStatus.DISPOSAL_REQUESTED);

        assertThat(((Decision.Refusal) asset.approveDisposal(clerk, "佐藤", manager, Instant.now())).messageKey())
                .isEqualTo("asset.refused.notManager");
        assertThat(asset.status()).isEqualTo(AssetStatus.DISPOSAL_REQUESTED);
        assertThat(asset.approveDisposal(manager, "課長", manager, Instant.now()).allowed()).isTrue();
        assertThat(asset.status()).isEqualTo(AssetStatus.DISPOSED);
        assertThat(asset.disposal().approverName()).isEqualTo("課長");
        assertThat(asset.disposal().method()).isEqualTo("物理破壊");
    }

    @Test
    void theRequesterCannotApproveTheirOwnDisposal() {
        var manager = UUID.randomUUID();
        var asset = InformationAsset.register(TENANT, details("A-1", AssetKind.STORAGE_MEDIUM),
                Classification.of(Confidentiality.LEGACY_3, Integrity.LEVEL_1, Availability.LEVEL_1));
        asset.requestDisposal(new Disposal(LocalDate.now(), "課長", "溶解", "課長", manager, null, null, null));
        var decision = asset.approveDisposal(manager, "課長", manager, Instant.now());
        assertThat(((Decision.Refusal) decision).messageKey()).isEqualTo("asset.refused.selfApproval");
    }

    @Test
    void publicAssetsAreDisposedAtOnce() {
        var asset = InformationAsset.register(TENANT, details("A-1", AssetKind.PRINTED_INFORMATION),
                Classification.of(Confidentiality.R6_1, Integrity.LEVEL_1, Availability.LEVEL_1));
        asset.requestDisposal(new Disposal(LocalDate.now(), "佐藤", "古紙回収", "佐藤", null, null, null, null)).orThrow(AssetRefused::new);
        assertThat(asset.status()).isEqualTo(AssetStatus.DISPOSED);
        assertThatThrownBy(() -> asset.revise(details("A-1", AssetKind.PRINTED_INFORMATION)))
                .isInstanceOf(AssetRefused.class);
    }

    @Test
    void searchTextFoldsKatakanaHalfWidthAndFullWidth() {
        assertThat(SearchText.normalise("ジュウミン")).isEqualTo("じゅうみん");
        assertThat(SearchText.normalise("ｼﾞｭｳﾐﾝ")).isEqualTo("じゅうみん");
        assertThat(SearchText.normalise("ＵＳＢメモリ　Ａ")).isEqualTo("usbめもり a");
        assertThat(SearchText.pattern("100%_")).isEqualTo("%100\\%\\_%");
    }

    @Test
    void handlingRulesOfConfidentialityTwoRequireApprovedRecordedDisposal() {
        var rules = HandlingClass.applying(Classification.of(Confidentiality.R6_2, Integrity.LEVEL_2, Availability.LEVEL_1));
        assertThat(rules).containsExactly(HandlingClass.of(Confidentiality.R6_2), HandlingClass.INTEGRITY_2);
        assertThat(HandlingDefaults.text(HandlingClass.of(Confidentiality.R6_2), HandlingStep.DISPOSAL))
                .contains("承認").contains("日時、担当者及び方法");
        assertThat(HandlingDefaults.text(HandlingClass.of(Confidentiality.R6_1), HandlingStep.TRANSMISSION)).isEmpty();
        for (var c : HandlingClass.all(ClassificationScheme.LEGACY)) {
            assertThat(HandlingDefaults.text(c, HandlingStep.STORAGE)).as(c.label()).isNotNull();
        }
    }

    @Test
    void confidentialityLabelsParseOnTheirScheme() {
        assertThat(Confidentiality.parse(ClassificationScheme.R6_10, "自治体機密性３Ｂ")).isEqualTo(Confidentiality.R6_3B);
        assertThat(Confidentiality.parse(ClassificationScheme.LEGACY, "2")).isEqualTo(Confidentiality.LEGACY_2);
        assertThat(Confidentiality.parse(ClassificationScheme.LEGACY, "3B")).isNull();
        assertThat(Confidentiality.R6_3A.higherThan(Confidentiality.R6_3B)).isTrue();
    }
}
