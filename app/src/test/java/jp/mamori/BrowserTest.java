package jp.mamori;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an end-to-end test in a real headless Chromium ({@link Browser}). Put it first, before
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
public @interface BrowserTest {
}
