package jp.mamori.web;

import java.util.Locale;

import jp.mamori.access.CurrentUser;
import jp.mamori.kernel.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reports a refused state-changing request as {@link AttemptRefused}. {@link ErrorHandling} calls it for every
 * refusal that reaches it; a controller that catches a refusal to show it on the form calls it too, so that an
 * attempt is recorded whichever way it is shown. Reads (GET, HEAD) and anonymous requests are not reported.
 * Thread-safe.
 */
@Component
public class RefusedAttempts {

    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    RefusedAttempts(ApplicationEventPublisher events, MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    public void report(Refused refused) {
        var user = CurrentUser.get();
        if (user.isEmpty() || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        var request = attributes.getRequest();
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return;
        }
        var reason = messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), Locale.JAPANESE);
        events.publishEvent(new AttemptRefused(user.get().tenantId(),
                request.getMethod() + " " + request.getRequestURI(), refused.messageKey(), reason));
    }
}
