package jp.mamori.access;

import java.util.Optional;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * How one handler method is classified: public, any signed-in user, or a permission. A method's own
 * annotation wins over its class's; a handler with none is unclassified and refused (deny by default).
 */
public sealed interface EndpointAccess {

    record Public(String reason) implements EndpointAccess {
    }

    record AnySignedIn() implements EndpointAccess {
    }

    record Needs(Permission permission) implements EndpointAccess {
    }

    /** The classification of a handler, or empty when it has none. */
    static Optional<EndpointAccess> of(HandlerMethod handler) {
        var method = handler.getMethod();
        var own = classification(method);
        return own.isPresent() ? own : classification(handler.getBeanType());
    }

    private static Optional<EndpointAccess> classification(java.lang.reflect.AnnotatedElement element) {
        var open = AnnotatedElementUtils.findMergedAnnotation(element, PublicEndpoint.class);
        if (open != null) {
            return Optional.of(new Public(open.value()));
        }
        var permission = AnnotatedElementUtils.findMergedAnnotation(element, RequiresPermission.class);
        if (permission != null) {
            return Optional.of(new Needs(permission.value()));
        }
        if (AnnotatedElementUtils.hasAnnotation(element, SignedIn.class)) {
            return Optional.of(new AnySignedIn());
        }
        return Optional.empty();
    }
}
