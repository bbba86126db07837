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
 * Marks a test class that talks to the database. Maven runs such tests twice: on the embedded H2 and on
 * PostgreSQL ({@link TestDatabase}). Put it beside {@code @SpringBootTest} or {@code @ApplicationModuleTest}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("database")
@ExtendWith(PostgresAvailability.class)
public @interface DatabaseTest {
}
