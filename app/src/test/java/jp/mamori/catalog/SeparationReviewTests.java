package jp.mamori.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.tenant.SeparationModel;

import org.junit.jupiter.api.Test;

/** Which 非適用 lines a change of separation model puts in doubt. */
class SeparationReviewTests {

    private static final Catalogue CATALOGUE = CatalogueFiles.load(CatalogueFiles.CURRENT_EDITION);

    private static String doubt(String measureId, String reason, SeparationModel model) {
        var measure = CATALOGUE.measure(measureId).orElseThrow();
        var entry = new ApplicabilityEntry(measureId, Applicability.NOT_APPLICABLE, reason,
                ImplementationStatus.NOT_APPLICABLE, null, null, "", "", null, 0);
        return SeparationReview.doubt(measure, entry, model);
    }

    @Test
    void aReasonNamingAnotherModelIsInDoubt() {
        assertThat(doubt("MIC-STD-4.1.2", "αモデルのため不要", SeparationModel.BETA))
                .isEqualTo("catalog.separation.reasonNamesOtherModel");
        assertThat(doubt("MIC-STD-4.1.2", "αモデルのため不要", SeparationModel.ALPHA)).isNull();
        assertThat(doubt("MIC-STD-4.1.2", "α'モデルのため", SeparationModel.ALPHA)).isNotNull();
        assertThat(doubt("MIC-STD-4.1.2", "α'モデルのため", SeparationModel.ALPHA_PRIME)).isNull();
        assertThat(doubt("MIC-STD-4.1.2", "該当システムがない", SeparationModel.BETA)).isNull();
    }

    @Test
    void aMeasureWrittenForTheCurrentModelIsInDoubtWhateverItsReason() {
        assertThat(doubt("MIC-STD-4.3.3", "該当システムがない", SeparationModel.BETA))
                .isEqualTo("catalog.separation.measureForThisModel");
        assertThat(doubt("MIC-STD-4.3.3", "該当システムがない", SeparationModel.ALPHA)).isNull();
    }
}
