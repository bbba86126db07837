package jp.mamori.identity;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a person lands after signing in: the page they asked for when the sign-in interrupted them, carried as
 * {@code /login?next=…} and, across the second factor, in the session. Only a relative path on this site is
 * taken (no scheme, no host, no {@code //} or backslash, not the sign-in pages themselves), so that a link
 * cannot send a person elsewhere after they signed in; anything else lands on the home page.
 */
final class SignInLanding {

    static final String ATTRIBUTE = "mamori.signIn.landing";
    private static final String HOME = "/";

    private SignInLanding() {
    }

    /** The path and query of a page request, or null for the home page and pages not worth returning to. */
    static String of(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var query = request.getQueryString();
        var wanted = query == null ? path : path + "?" + query;
        var checked = checked(wanted);
        return HOME.equals(checked) ? null : checked;
    }

    /** The path itself when it is a safe landing, else the home page. */
    static String checked(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return HOME;
        }
        try {
            var uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getPath() == null
                    || uri.getPath().startsWith("/login") || uri.getPath().startsWith("/logout")) {
                return HOME;
            }
        } catch (URISyntaxException notAPath) {
            return HOME;
        }
        return next;
    }

    static void remember(HttpServletRequest request, String next) {
        var checked = checked(next);
        if (!HOME.equals(checked)) {
            request.getSession().setAttribute(ATTRIBUTE, checked);
        }
    }

    /** The remembered landing (once), or the home page. */
    static String take(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String landing)) {
            return HOME;
        }
        session.removeAttribute(ATTRIBUTE);
        return checked(landing);
    }
}
