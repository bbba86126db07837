package jp.mamori.identity;

import java.io.Serial;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.mamori.access.CurrentUser;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A fully signed-in user (every required factor passed), as stored in the session or made per request from
 * an API token. Its name is the account id, which Spring Session indexes so that all sessions of an
 * account can be found and ended. Immutable.
 */
final class SignedInAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The authority every request behind the filter chain needs. */
    static final String SIGNED_IN = "MAMORI_SIGNED_IN";

    private final CurrentUser user;
    private final Instant signedInAt;
    private final long authzVersion;
    private final LocalDate derivedOn;
    private final boolean viaToken;

    SignedInAuthentication(CurrentUser user, Instant signedInAt, long authzVersion, LocalDate derivedOn, boolean viaToken) {
        super(List.of(new SimpleGrantedAuthority(SIGNED_IN)));
        this.user = user;
        this.signedInAt = signedInAt;
        this.authzVersion = authzVersion;
        this.derivedOn = derivedOn;
        this.viaToken = viaToken;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.accountId().toString();
    }

    Instant signedInAt() {
        return signedInAt;
    }

    long authzVersion() {
        return authzVersion;
    }

    LocalDate derivedOn() {
        return derivedOn;
    }

    boolean viaToken() {
        return viaToken;
    }

    SignedInAuthentication refreshed(CurrentUser newUser, long newVersion, LocalDate on) {
        return new SignedInAuthentication(newUser, signedInAt, newVersion, on, viaToken);
    }
}
