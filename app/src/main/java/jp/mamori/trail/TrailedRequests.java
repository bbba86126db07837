package jp.mamori.trail;

import jp.mamori.web.AttemptRefused;
import jp.mamori.web.FileDownloaded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps what a request did that is not a change: a download (who took which data out) and a refused attempt
 * with its reason. Each is written in a transaction of its own, because a refusal has rolled back the
 * transaction of the change it stopped, and a download had none.
 */
@Component
class TrailedRequests {

    static final String DOWNLOADED = "trail.file.downloaded";
    static final String REFUSED = "trail.attempt.refused";

    private final Trail trail;
    private final TransactionTemplate transactions;

    TrailedRequests(Trail trail, PlatformTransactionManager transactionManager) {
        this.trail = trail;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(FileDownloaded download) {
        transactions.executeWithoutResult(status -> trail.record(download.tenantId(), DOWNLOADED, "File",
                fit(download.fileName(), 100), fit(download.request(), 4000)));
    }

    @EventListener
    void on(AttemptRefused attempt) {
        // the object is the rule that refused (its message key); the path says what was attempted
        transactions.executeWithoutResult(status -> trail.record(attempt.tenantId(), REFUSED, "Refusal",
                fit(attempt.messageKey(), 100), fit(attempt.reason() + " (" + attempt.request() + ")", 4000)));
    }

    private static String fit(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
