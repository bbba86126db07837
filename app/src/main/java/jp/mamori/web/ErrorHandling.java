package jp.mamori.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.kernel.EditConflict;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps the domain's refusals to HTTP in one place: a page for people, a {@link ProblemDetail} for the API
 * ({@code /api/**}). Never a stack trace, a class name or SQL; always the request id, so that a user's
 * report can be found in the logs.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final Messages messages;
    private final RefusedAttempts refusedAttempts;

    ErrorHandling(Messages messages, RefusedAttempts refusedAttempts) {
        this.messages = messages;
        this.refusedAttempts = refusedAttempts;
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request, HttpServletResponse response) {
        log.info("Not found: {}", e.getMessage());
        return answer(request, response, HttpStatus.NOT_FOUND, messages.text("error.notFound"));
    }

    @ExceptionHandler({EditConflict.class, OptimisticLockingFailureException.class})
    Object conflict(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        log.info("Edit conflict: {}", e.getMessage());
        return answer(request, response, HttpStatus.CONFLICT, messages.text("error.conflict"));
    }

    @ExceptionHandler(LanguageChoice.UnsupportedLanguage.class)
    Object badLanguage(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, messages.text("error.badLanguage"));
    }

    @ExceptionHandler(Refused.class)
    Object refused(Refused e, HttpServletRequest request, HttpServletResponse response) {
        refusedAttempts.report(e);
        return answer(request, response, HttpStatus.UNPROCESSABLE_CONTENT, messages.text(e.messageKey(), e.arguments()));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) {
        var requestId = RequestOrigin.current().requestId();
        if (isApi(request)) {
            var problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("requestId", requestId);
            return ResponseEntity.status(status).body(problem);
        }
        response.setStatus(status.value());
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("requestId", requestId);
        return page;
    }
}
