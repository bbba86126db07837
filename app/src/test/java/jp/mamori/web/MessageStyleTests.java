package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One validation message style: no message says only that a value is too long, not allowed or wrong without the
 * limit, the allowed values or the field; and every Bean Validation constraint the app uses has the app's own
 * wording, so that no framework text (「空白は許可されていません」) reaches a form.
 */
class MessageStyleTests {

    /** Japanese endings that say what is wrong but not how to put it right, unless a placeholder says more. */
    private static final Pattern BARE = Pattern.compile(
            "^(入力してください|必須です)。$|(長すぎます|使えない値です|正しくありません|不正です)。?$");

    private static final Pattern CONSTRAINT = Pattern.compile("import jakarta\\.validation\\.constraints\\.(\\w+);");

    @Test
    void noJapaneseMessageIsInTheOldBareStyle() throws IOException {
        var bare = new ArrayList<String>();
        var resolver = new PathMatchingResourcePatternResolver();
        for (var bundle : resolver.getResources(WebConfiguration.BUNDLES)) {
            var name = bundle.getFilename();
            if (name == null || name.matches(".*_[a-z]{2}\\.properties")) {
                continue;
            }
            MessageBundleTests.load(bundle).forEach((key, value) -> {
                var text = value.toString();
                if (!text.contains("{") && BARE.matcher(text).find()) {
                    bare.add(name + ": " + key + "=" + text);
                }
            });
        }
        assertThat(bare).as("messages that name no field, limit or allowed value").isEmpty();
    }

    @Test
    void recognisesTheBareStyle() {
        assertThat(BARE.matcher("長すぎます。").find()).isTrue();
        assertThat(BARE.matcher("「x」は使えない値です。").find()).isTrue();
        assertThat(BARE.matcher("入力してください。").find()).isTrue();
        assertThat(BARE.matcher("名称を入力してください（必須）。").find()).isFalse();
    }

    @Test
    void everyConstraintTheAppUsesHasTheAppsWordingInBothLanguages() throws IOException {
        var used = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = CONSTRAINT.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).contains("NotBlank", "Size");
        var resolver = new PathMatchingResourcePatternResolver();
        for (var bundle : List.of("web.properties", "web_en.properties")) {
            Properties messages = MessageBundleTests.load(resolver.getResource("classpath:i18n/" + bundle));
            for (var constraint : used) {
                var key = "jakarta.validation.constraints." + constraint + ".message";
                assertThat(messages.getProperty(key)).as("%s in %s", key, bundle).isNotBlank().contains("{field}");
            }
        }
    }
}
