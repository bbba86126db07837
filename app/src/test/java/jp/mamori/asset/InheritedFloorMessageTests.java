package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.mamori.kernel.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A refusal about an inherited class reads wholly in the reader's language: no Japanese axis name in English. */
class InheritedFloorMessageTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    InheritedFloorMessageTests() {
        messages.setBasenames("i18n/asset");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private static HeldAsset held(Confidentiality c, Integrity i, Availability a) {
        return new HeldAsset(UUID.randomUUID(), "A-1", "Resident records", Classification.of(c, i, a));
    }

    private String render(Decision decision, Locale locale) {
        var refusal = (Decision.Refusal) decision;
        return messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
    }

    @Test
    void everyAxisIsNamedInEnglishInAnEnglishRefusal() {
        var floor = InheritedFloor.of(List.of(held(Confidentiality.R6_3B, Integrity.LEVEL_2, Availability.LEVEL_2)));
        var confidentiality = floor.admits(Classification.of(Confidentiality.R6_2, Integrity.LEVEL_2, Availability.LEVEL_2));
        var integrity = floor.admits(Classification.of(Confidentiality.R6_3B, Integrity.LEVEL_1, Availability.LEVEL_2));
        var availability = floor.admits(Classification.of(Confidentiality.R6_3B, Integrity.LEVEL_2, Availability.LEVEL_1));

        assertThat(render(confidentiality, Locale.ENGLISH)).startsWith("Confidentiality cannot be 2").doesNotContain("機密性");
        assertThat(render(integrity, Locale.ENGLISH)).startsWith("Integrity cannot be 1").doesNotContain("完全性");
        assertThat(render(availability, Locale.ENGLISH)).startsWith("Availability cannot be 1").doesNotContain("可用性");
    }

    @Test
    void theJapaneseRefusalStillNamesTheAxisInJapanese() {
        var floor = InheritedFloor.of(List.of(held(Confidentiality.R6_3B, Integrity.LEVEL_2, Availability.LEVEL_2)));
        var decision = floor.admits(Classification.of(Confidentiality.R6_2, Integrity.LEVEL_2, Availability.LEVEL_2));

        assertThat(render(decision, Locale.JAPANESE)).startsWith("機密性 を 2 にはできません");
    }
}
