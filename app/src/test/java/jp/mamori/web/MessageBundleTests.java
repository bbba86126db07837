package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message exists in Japanese and English, and no translation is left empty. */
class MessageBundleTests {

    @Test
    void everyBundleHasTheSameKeysInJapaneseAndEnglish() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        var japanese = resolver.getResources(WebConfiguration.BUNDLES);
        var checked = 0;
        for (var bundle : japanese) {
            var name = bundle.getFilename();
            if (name == null || name.matches(".*_[a-z]{2}\\.properties")) {
                continue;
            }
            var english = resolver.getResource("classpath:i18n/" + name.replace(".properties", "_en.properties"));
            assertThat(english.exists()).as("English bundle for %s", name).isTrue();
            var ja = load(bundle);
            var en = load(english);
            assertThat(new TreeSet<>(en.stringPropertyNames()))
                    .as("keys of %s in English", name)
                    .isEqualTo(new TreeSet<>(ja.stringPropertyNames()));
            ja.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, name).isNotBlank());
            en.forEach((key, value) -> assertThat(value.toString()).as("%s in English %s", key, name).isNotBlank());
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void everyBundleIsRegisteredWithTheMessageSource() {
        assertThat(WebConfiguration.bundleBasenames()).contains("classpath:i18n/web");
    }

    static Properties load(Resource resource) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
