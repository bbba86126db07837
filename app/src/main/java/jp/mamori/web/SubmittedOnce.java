package jp.mamori.web;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.kernel.Refused;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Makes a form that carries a one-time token ({@code fragments/once :: token}) safe to submit twice: the first post
 * claims the token and runs; when it ends in a redirect, that target is remembered, and any later post of the same
 * token is sent there with 「この送信はすでに処理されています」 instead of running the use case again. A post that
 * does not end in a redirect (a refusal or an invalid form shown again) gives its token back, unless its handler
 * named where repeats go ({@link FormSubmissions#settledAt}). A token claimed by
 * another account is refused. Posts without a token, and anonymous ones, pass untouched. Thread-safe.
 */
@Component
class SubmittedOnce implements HandlerInterceptor, WebMvcConfigurer {

    static final String PARAMETER = "formToken";
    private static final String CLAIMED = SubmittedOnce.class.getName() + ".claimed";
    /** How long a second post waits for a first that is still running (a double click) before it gives up. */
    private static final int WAITS = 30;
    private static final long WAIT_MILLIS = 100;

    private final FormSubmissions submissions;
    private final Messages messages;

    SubmittedOnce(FormSubmissions submissions, Messages messages) {
        this.submissions = submissions;
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Last, so that a post the access check refuses never claims its token.
        registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        var token = request.getParameter(PARAMETER);
        var user = CurrentUser.get();
        if (!"POST".equals(request.getMethod()) || token == null || token.isBlank() || token.length() > 64
                || user.isEmpty()) {
            return true;
        }
        var tenantId = user.get().tenantId();
        var claim = submissions.claim(token, tenantId, user.get().accountId());
        if (claim instanceof FormSubmissions.Claim.First) {
            request.setAttribute(CLAIMED, token);
            return true;
        }
        if (claim instanceof FormSubmissions.Claim.Foreign) {
            throw new Refused("form.notYours");
        }
        var outcome = ((FormSubmissions.Claim.Repeated) claim).outcome();
        for (int i = 0; outcome.isEmpty() && i < WAITS; i++) {
            Thread.sleep(WAIT_MILLIS);
            outcome = submissions.outcome(token, tenantId);
        }
        var target = outcome.orElseGet(() -> formPage(request));
        RequestContextUtils.getOutputFlashMap(request).put("flash", messages.text("form.alreadySubmitted"));
        RequestContextUtils.saveOutputFlashMap(target, request, response);
        response.sendRedirect(target);
        return false;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(request.getAttribute(CLAIMED) instanceof String token)) {
            return;
        }
        var tenantId = CurrentUser.require().tenantId();
        var location = response.getHeader("Location");
        if (ex == null && response.getStatus() / 100 == 3 && location != null) {
            submissions.remember(token, tenantId, local(location).orElse("/"));
        } else if (ex == null && response.getStatus() / 100 == 2
                && request.getAttribute(FormSubmissions.SETTLED_AT) instanceof String settled) {
            submissions.remember(token, tenantId, local(settled).orElse("/"));
        } else {
            submissions.release(token, tenantId);
        }
    }

    /** Where a second post goes when the first has no outcome yet: back to the form it came from, on this site. */
    private static String formPage(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        return referer == null ? "/" : local(referer).orElse("/");
    }

    /** The path, query and fragment of a link, so that a remembered target never leads off this site. */
    private static Optional<String> local(String link) {
        try {
            var uri = URI.create(link);
            if (uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
