package jp.mamori.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Message bundles, the UI language and the clock. Each module keeps its own bundle,
 * {@code i18n/<module>.properties} (Japanese, the default) beside {@code i18n/<module>_en.properties}, so
 * that modules never edit one shared file.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String BUNDLES = "classpath*:i18n/*.properties";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MessageSource messageSource() {
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.JAPANESE);
        return source;
    }

    /** The base names of every module's bundle, found on the class path. */
    static String[] bundleBasenames() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(BUNDLES))
                    .map(resource -> resource.getFilename())
                    .filter(name -> name != null && !name.matches(".*_[a-z]{2}\\.properties"))
                    .map(name -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the message bundles", e);
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("mamori-lang");
        resolver.setDefaultLocale(Locale.JAPANESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSecure(true);
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChoice());
    }
}
