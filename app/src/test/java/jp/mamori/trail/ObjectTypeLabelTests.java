package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * Every object type that main code writes into the trail has a name in Japanese and English (issue 19: the English
 * trail showed {@code AcknowledgementCampaign}). The types are read from the sources: the third argument of every
 * {@code trail.record(…)} call, its literals or a constant's value; names are {@code trail.objectType.<type>} in the
 * owning module's {@code i18n/<module>-actions.properties}.
 */
class ObjectTypeLabelTests {

    private static final Pattern TYPE = Pattern.compile("\"([A-Z][A-Za-z]+)\"");

    @Test
    void everyObjectTypeWrittenToTheTrailHasANameInBothLanguages() throws IOException {
        var types = objectTypes();
        assertThat(types).contains("InformationAsset", "Measure", "AcknowledgementCampaign", "Staff", "OrgUnit",
                "Refusal", "File");
        var source = new ReloadableResourceBundleMessageSource();
        var bundles = new java.util.ArrayList<>(java.util.List.of(ActionLabelTests.bundles()));
        bundles.add("classpath:i18n/trail");
        source.setBasenames(bundles.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        var missing = new TreeSet<String>();
        for (var type : types) {
            for (var locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
                var name = source.getMessage("trail.objectType." + type, null, null, locale);
                if (name == null || name.isBlank()) {
                    missing.add(type + " (" + locale + ")");
                }
            }
        }
        assertThat(missing).as("object types without trail.objectType.<type> in i18n/<module>-actions.properties")
                .isEmpty();
    }

    private static Set<String> objectTypes() throws IOException {
        var types = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var text = Files.readString(file);
                for (var at = text.indexOf("trail.record("); at >= 0; at = text.indexOf("trail.record(", at + 1)) {
                    var argument = ActionLabelTests.argument(text, at + "trail.record(".length(), 2);
                    var matcher = TYPE.matcher(argument);
                    var found = false;
                    while (matcher.find()) {
                        types.add(matcher.group(1));
                        found = true;
                    }
                    if (!found && argument.matches("[A-Z_]+")) {
                        var constant = Pattern.compile(argument + "\\s*=\\s*\"([^\"]+)\"").matcher(text);
                        assertThat(constant.find()).as("constant %s in %s", argument, file).isTrue();
                        types.add(constant.group(1));
                    }
                }
            }
        }
        return types;
    }
}
