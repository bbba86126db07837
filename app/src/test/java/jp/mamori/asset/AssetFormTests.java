package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.tenant.ClassificationScheme;
import org.junit.jupiter.api.Test;

/** The form files each error under the field at fault. */
class AssetFormTests {

    private static final String TOO_LONG = "理".repeat(AssetForm.REASON_MAX + 1);

    private static AssetForm withReasons(String c, String i, String a) {
        var e = AssetForm.empty();
        return new AssetForm("A-1", "住民記録データ", e.nameKana(), e.kind(), e.description(),
                "00000000-0000-0000-0000-000000000001", e.manager(), e.location(), e.zone(), e.retention(),
                e.personal(), e.specific(), e.sensitive(), e.peopleCount(), Confidentiality.R6_1.name(), c,
                Integrity.LEVEL_1.name(), i, Availability.LEVEL_1.name(), a, null);
    }

    @Test
    void aNewFormChoosesNoClassAndEachMissingClassIsAnErrorOnItsAxis() {
        var e = AssetForm.empty();
        assertThat(e.confidentiality()).isEmpty();
        assertThat(e.integrity()).isEmpty();
        assertThat(e.availability()).isEmpty();
        var errors = e.errors();
        assertThat(errors.get("confidentiality").getCode()).isEqualTo("asset.error.confidentialityMissing");
        assertThat(errors.get("integrity").getCode()).isEqualTo("asset.error.integrityMissing");
        assertThat(errors.get("availability").getCode()).isEqualTo("asset.error.availabilityMissing");
    }

    @Test
    void everyClassOfEverySchemeHasAnExplanationInBothLanguages() throws Exception {
        for (var bundle : new String[] {"i18n/asset.properties", "i18n/asset_en.properties"}) {
            var messages = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (var scheme : ClassificationScheme.values()) {
                for (var axis : ClassAxis.of(scheme, AssetForm.empty())) {
                    for (var c : axis.classes()) {
                        assertThat(messages.getProperty("asset.class." + axis.field() + "." + c.name()))
                                .as(bundle + " " + axis.field() + " " + c.name()).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void aTooLongIntegrityReasonIsAnErrorOnTheIntegrityReason() {
        assertThat(withReasons("", TOO_LONG, "").errors()).containsOnlyKeys("integrityReason");
    }

    @Test
    void aTooLongAvailabilityReasonIsAnErrorOnTheAvailabilityReason() {
        assertThat(withReasons("", "", TOO_LONG).errors()).containsOnlyKeys("availabilityReason");
    }

    @Test
    void aTooLongConfidentialityReasonIsAnErrorOnTheConfidentialityReason() {
        assertThat(withReasons(TOO_LONG, "", "").errors()).containsOnlyKeys("confidentialityReason");
    }

    @Test
    void reasonsWithinTheLimitAreNoError() {
        var fine = "理".repeat(AssetForm.REASON_MAX);
        assertThat(withReasons(fine, fine, fine).errors()).isEmpty();
    }
}
