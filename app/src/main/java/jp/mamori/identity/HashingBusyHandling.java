package jp.mamori.identity;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Password hashing at capacity: 429 with Retry-After, so that a burst waits instead of exhausting memory. */
@ControllerAdvice
class HashingBusyHandling {

    @ExceptionHandler(PasswordHashing.Busy.class)
    String busy(HttpServletResponse response) {
        response.setStatus(429);
        response.setHeader("Retry-After", "5");
        return "identity/busy";
    }
}
