package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every action code that main code writes into the trail has a label in Japanese and English, so that the
 * viewer never shows a code to a reader. The codes are read from the sources: in every file that calls
 * {@code trail.record(}, each string literal shaped like {@code module.object.verb} that is not a message key.
 */
class ActionLabelTests {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z][A-Za-z]*){1,3})\"");
    /** Every module's name, from the packages under jp.mamori, so that a new module is checked from its first code. */
    static final Set<String> MODULES = modules();

    private static Set<String> modules() {
        try (Stream<Path> packages = Files.list(Path.of("src/main/java/jp/mamori"))) {
            return packages.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyActionWrittenToTheTrailHasALabelInBothLanguages() throws IOException {
        var codes = actionCodes();
        assertThat(codes).contains("policy.revision.approved", "identity.signin.succeeded", "organization.import.units",
                TrailedRequests.REFUSED, TrailedRequests.DOWNLOADED);
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundles());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        var missing = new TreeSet<String>();
        for (var code : codes) {
            for (var locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
                var label = source.getMessage(TrailLines.label(code), null, null, locale);
                if (label == null || label.isBlank() || label.equals(code)) {
                    missing.add(code + " (" + locale + ")");
                }
            }
        }
        assertThat(missing).as("action codes without a label in i18n/<module>-actions.properties").isEmpty();
    }

    /**
     * The second argument of every {@code trail.record(…)} call: its literals; a constant's value; for a parameter
     * (a method that records for its callers), every code-shaped literal of that file that is not a message key.
     */
    private static Set<String> actionCodes() throws IOException {
        var messageKeys = messageKeys();
        var codes = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var text = Files.readString(file);
                for (var at = text.indexOf("trail.record("); at >= 0; at = text.indexOf("trail.record(", at + 1)) {
                    var argument = secondArgument(text, at + "trail.record(".length());
                    var literals = literals(argument);
                    if (!literals.isEmpty()) {
                        codes.addAll(literals);
                    } else if (argument.matches("[A-Z_]+")) {
                        var constant = Pattern.compile(argument + "\\s*=\\s*\"([^\"]+)\"").matcher(text);
                        assertThat(constant.find()).as("constant %s in %s", argument, file).isTrue();
                        codes.add(constant.group(1));
                    } else {
                        literals(text).stream().filter(literal -> !messageKeys.contains(literal)).forEach(codes::add);
                    }
                }
            }
        }
        return codes;
    }

    private static Set<String> literals(String text) {
        var found = new TreeSet<String>();
        var matcher = LITERAL.matcher(text);
        while (matcher.find()) {
            var literal = matcher.group(1);
            if (MODULES.contains(literal.substring(0, literal.indexOf('.')))) {
                found.add(literal);
            }
        }
        return found;
    }

    /** The text of the second argument of the call whose arguments start at {@code from}. */
    private static String secondArgument(String text, int from) {
        return argument(text, from, 1);
    }

    /** The text of argument {@code wanted} (0-based) of the call whose arguments start at {@code from}. */
    static String argument(String text, int from, int wanted) {
        var depth = 0;
        var argument = 0;
        var start = -1;
        var inString = false;
        for (var i = from; i < text.length(); i++) {
            var c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                if (argument == wanted) {
                    return text.substring(start, i).strip();
                }
                argument++;
                start = i + 1;
            }
        }
        throw new IllegalStateException("unterminated trail.record call");
    }

    private static Set<String> messageKeys() throws IOException {
        var keys = new TreeSet<String>();
        for (var bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            var properties = new Properties();
            try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            keys.addAll(properties.stringPropertyNames());
        }
        return keys;
    }

    static String[] bundles() throws IOException {
        return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*-actions.properties"))
                .map(resource -> "classpath:i18n/" + resource.getFilename().replace(".properties", ""))
                .toArray(String[]::new);
    }
}
