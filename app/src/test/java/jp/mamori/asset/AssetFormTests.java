package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.tenant.ClassificationScheme;
import org.junit.jupiter.api.Test;

/** The form files each error under the field at fault. */
class AssetFormTests {

    private static final String TOO_LONG = "理".repeat(AssetForm.REASON_MAX + 1);

    private static AssetForm withReasons(String c, String i, String a) {
        var e = AssetForm.empty(ClassificationScheme.R6_10);
        return new AssetForm("A-1", "住民記録データ", e.nameKana(), e.kind(), e.description(),
                "00000000-0000-0000-0000-000000000001", e.managerStaffId(), e.location(), e.zone(), e.retention(),
                e.personal(), e.specific(), e.sensitive(), e.peopleCount(), e.confidentiality(), c, e.integrity(), i,
                e.availability(), a, null);
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
