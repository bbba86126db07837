package jp.mamori.web;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Switches the UI language on {@code ?lang=}: only the languages Mamori has bundles for. Anything else is a bad
 * request answered with the app's own 400 page; Spring's {@code LocaleChangeInterceptor} parsed any text as a
 * locale and let the parse failure escape as a bare 500 (issue 20, finding 6). Stateless, thread-safe.
 */
class LanguageChoice implements HandlerInterceptor {

    static final String PARAMETER = "lang";
    static final Set<String> SUPPORTED = Set.of("ja", "en");

    /** A {@code lang} value that names no supported language. */
    static final class UnsupportedLanguage extends RuntimeException {
        UnsupportedLanguage() {
            super("unsupported language");
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var value = request.getParameter(PARAMETER);
        if (value == null) {
            return true;
        }
        if (!SUPPORTED.contains(value)) {
            throw new UnsupportedLanguage();
        }
        var resolver = RequestContextUtils.getLocaleResolver(request);
        if (resolver != null) {
            resolver.setLocale(request, response, Locale.forLanguageTag(value));
        }
        return true;
    }
}
