package jp.mamori.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint is for machines: it needs a service token holding this scope, and refuses every person, whatever
 * their permissions — as {@link RequiresPermission} and {@link SignedIn} endpoints refuse every service token. Only
 * under {@code /api/}, where service tokens are read. A fourth classification beside the other three.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScope {
    ServiceScope value();
}
