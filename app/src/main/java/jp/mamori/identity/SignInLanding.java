package jp.mamori.identity;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a person lands after signing in: the page they asked for when the sign-in interrupted them, carried as
 * {@code /login?next=…} and, across the second factor, in the session ({@link SignInController}). Only a relative path on this site is
 * taken (no scheme, no host, no {@code //} or backslash, not the sign-in pages themselves), so that a link
 * cannot send a person elsewhere after they signed in; anything else lands on the home page.
 */
final class SignInLanding {

    static final String ATTRIBUTE = "mamori.signIn.landing";
    private static final String HOME = "/";

    private SignInLanding() {
    }

    /** The path and query of a page request, or null for the home page and pages not worth returning to. */
    static String of(String path, String query) {
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
}
