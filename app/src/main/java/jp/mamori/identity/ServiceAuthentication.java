package jp.mamori.identity;

import java.io.Serial;
import java.util.List;

import jp.mamori.access.ServiceCaller;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a service token, made per request on the API chain and never stored in a session. It
 * does not carry {@link SignedInAuthentication#SIGNED_IN}: a machine is not a signed-in person. Immutable.
 */
final class ServiceAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The authority of a request made with a service token. */
    static final String SERVICE = "MAMORI_SERVICE";

    private final ServiceCaller caller;

    ServiceAuthentication(ServiceCaller caller) {
        super(List.of(new SimpleGrantedAuthority(SERVICE)));
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ServiceCaller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return "service:" + caller.tokenId();
    }
}
