package jp.mamori.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every permission has words in both languages, so that the account page never shows a constant to a person. */
class PermissionLabelTests {

    @Test
    void everyPermissionHasALabelInJapaneseAndEnglish() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/access");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        for (var permission : Permission.values()) {
            for (var locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
                assertThat(source.getMessage("permission." + permission.name(), null, null, locale))
                        .as("%s in %s", permission, locale).isNotBlank().isNotEqualTo(permission.name());
            }
        }
    }
}
