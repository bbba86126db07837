package jp.mamori.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint is reachable without signing in: sign-in steps, the first-run setup, published policy
 * pages. Each use must say why in {@link #value()}, so a review sees the reason next to the exception.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicEndpoint {
    /** Why this endpoint is open to everyone. */
    String value();
}
