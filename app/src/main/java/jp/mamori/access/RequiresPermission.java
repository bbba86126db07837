package jp.mamori.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint needs a signed-in user (both factors where required) holding one of these permissions
 * (any of them, in some unit: a handler that touches one unit's record checks that the permission
 * reaches it). On a class it applies to every handler method that does not carry its own classification.
 *
 * <p>Every handler method must be classified by exactly one of {@link RequiresPermission},
 * {@link SignedIn} or {@link PublicEndpoint}; a test fails the build for one that is not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {
    /** The permissions any one of which opens the endpoint; at least one. */
    Permission[] value();
}
