package jp.mamori;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serialises every session attribute after each request, in every Spring test context (registered for tests in
 * {@code META-INF/spring.factories}), and fails the request when one cannot be serialised. The app stores sessions
 * in the database (Spring Session JDBC), which serialises them only in a real server; MockMvc's in-memory session
 * never does, so a non-serialisable flash attribute (organization's {@code StaffMember} after 督促) passed
 * every web test and broke in production. The filter runs innermost (lowest precedence), inside the session
 * repository's filter, so it sees the session the request is about to store.
 */
public class SessionSerialisationCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** An attribute that the session store would fail to write. */
    public static class NotSerialisableAttribute extends RuntimeException {
        NotSerialisableAttribute(String name, Object value, IOException cause) {
            super("session attribute '" + name + "' (" + value.getClass().getName() + ") is not serialisable: "
                    + cause.getMessage(), cause);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context instanceof GenericApplicationContext generic) {
            generic.registerBean("sessionSerialisationCheck", FilterRegistrationBean.class, () -> {
                var registration = new FilterRegistrationBean<>(new Check());
                registration.setOrder(Ordered.LOWEST_PRECEDENCE);
                return registration;
            });
        }
    }

    static final class Check extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, response);
            var session = request.getSession(false);
            if (session == null) {
                return;
            }
            java.util.List<String> names;
            try {
                names = Collections.list(session.getAttributeNames());
            } catch (IllegalStateException invalidated) {
                return; // signed out during the request: nothing is stored
            }
            for (var name : names) {
                check(name, session.getAttribute(name));
            }
        }
    }

    /** Throws {@link NotSerialisableAttribute} when the value cannot be written as Java serialisation would. */
    public static void check(String name, Object value) {
        if (value == null) {
            return;
        }
        try (var out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(value);
        } catch (IOException e) { // NotSerializableException names the class that is not
            throw new NotSerialisableAttribute(name, value, e);
        }
    }
}
