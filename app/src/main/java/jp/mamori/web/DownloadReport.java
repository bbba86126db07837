package jp.mamori.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Publishes {@link FileDownloaded} for every successful response that is an attachment, whoever wrote it
 * ({@link TableExport#download}, an evidence file, the trail export), so that no download path can forget its
 * trail entry. Runs inside the security filter chain's result (the signed-in user is still known) and looks at
 * the headers only, which are set before a streamed body starts. Thread-safe.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DownloadReport extends OncePerRequestFilter {

    private final ApplicationEventPublisher events;

    DownloadReport(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        var disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition == null || response.getStatus() >= 300) {
            return;
        }
        var parsed = ContentDisposition.parse(disposition);
        if (!parsed.isAttachment()) {
            return;
        }
        var user = CurrentUser.get();
        if (user.isEmpty()) {
            return;
        }
        var query = request.getQueryString();
        events.publishEvent(new FileDownloaded(user.get().tenantId(),
                request.getRequestURI() + (query == null ? "" : "?" + query),
                parsed.getFilename() != null ? parsed.getFilename() : "-"));
    }
}
