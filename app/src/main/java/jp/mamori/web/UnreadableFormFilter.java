package jp.mamori.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a multipart form before any other filter asks for a parameter, and answers 400 on the app's own error page
 * when the container cannot read it: Tomcat refuses a file name holding a NUL byte by throwing from
 * {@code getParameter}, which the security filters call first, and that was a bare 500 (issue 20, finding 6).
 * Size limits are left alone (the container reports them as {@link IllegalStateException}, which Spring turns into
 * its own answer later). Thread-safe.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class UnreadableFormFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableFormFilter.class);

    private final MessageSource messages;

    UnreadableFormFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // The container parses the whole form once, on the first parameter asked for; later calls only look up.
            request.getParameter("_csrf");
        } catch (IllegalStateException e) {
            // over a size limit: reported by Spring's multipart handling further on
        } catch (RuntimeException e) {
            log.info("Unreadable multipart form on {}: {}", request.getRequestURI(), e.toString());
            request.setAttribute("detail", messages.getMessage("error.unreadableForm", null, "error.unreadableForm",
                    request.getLocale()));
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
