package jp.mamori.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;

/** The interceptor's four classifications: any of several permissions, a service scope, and never the wrong kind. */
class EndpointAccessInterceptorTests {

    static class Handlers {
        @RequiresPermission({Permission.ACKNOWLEDGEMENT_MANAGE, Permission.ACKNOWLEDGEMENT_PROGRESS})
        void eitherPermission() {
        }

        @RequiresPermission(Permission.ASSET_EDIT)
        void onePermission() {
        }

        @RequiresScope(ServiceScope.GATEWAY_REPORT)
        void gatewayReport() {
        }

        @SignedIn
        void anyone() {
        }

        void unclassified() {
        }
    }

    final EndpointAccessInterceptor interceptor = new EndpointAccessInterceptor();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    boolean call(String method) throws Exception {
        var handler = new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(method));
        return interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler);
    }

    static void signIn(Object principal) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    }

    static CurrentUser person(Permission... permissions) {
        var held = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
        return new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "試験", held, true, Set.of());
    }

    static ServiceCaller machine(ServiceScope... scopes) {
        return new ServiceCaller(UUID.randomUUID(), "gateway", UUID.randomUUID(), Set.of(scopes));
    }

    @Test
    void anyOfTheNamedPermissionsOpensTheEndpoint() throws Exception {
        signIn(person(Permission.ACKNOWLEDGEMENT_PROGRESS));
        assertThat(call("eitherPermission")).isTrue();
        signIn(person(Permission.ACKNOWLEDGEMENT_MANAGE));
        assertThat(call("eitherPermission")).isTrue();
        signIn(person(Permission.ASSET_VIEW, Permission.CATALOG_VIEW));
        assertThatThrownBy(() -> call("eitherPermission")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("ACKNOWLEDGEMENT_PROGRESS").hasMessageContaining("ACKNOWLEDGEMENT_MANAGE");
        assertThatThrownBy(() -> call("onePermission")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aServiceEndpointNeedsAServiceTokenWithItsScope() throws Exception {
        signIn(machine(ServiceScope.GATEWAY_REPORT));
        assertThat(call("gatewayReport")).isTrue();
        signIn(machine());
        assertThatThrownBy(() -> call("gatewayReport")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("gateway:report");
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> call("gatewayReport")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void neitherKindStandsInForTheOther() throws Exception {
        signIn(person(Permission.values()));
        assertThatThrownBy(() -> call("gatewayReport")).isInstanceOf(AccessDeniedException.class);
        signIn(machine(ServiceScope.values()));
        assertThatThrownBy(() -> call("anyone")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> call("onePermission")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnclassifiedHandlerIsRefused() {
        signIn(person(Permission.values()));
        assertThatThrownBy(() -> call("unclassified")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAnnotationNamingNoPermissionIsAMistake() {
        assertThatThrownBy(() -> new EndpointAccess.Needs(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
