package jp.mamori.asset;

import java.time.Clock;
import java.util.UUID;

import jp.mamori.access.Permission;
import jp.mamori.finding.FindingsEvaluated;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the register's consistency findings ({@link FindingsEvaluated}, source {@value #SOURCE}) for the whole
 * tenant after every committed change of the register: once per transaction, however many assets it changed, and
 * in a transaction of its own, so that a failing check never undoes the change it follows. Thread-safe.
 */
@Component
class AssetFindings {

    static final String SOURCE = "asset.consistency";

    private static final Logger log = LoggerFactory.getLogger(AssetFindings.class);

    private final ConsistencyCheck check;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AssetFindings(ConsistencyCheck check, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            Clock clock) {
        this.check = check;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The tenant's register changed in the current transaction: publish its findings once it commits. */
    void changed(UUID tenantId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(tenantId);
            return;
        }
        var key = AssetFindings.class.getName() + ":" + tenantId;
        if (TransactionSynchronizationManager.hasResource(key)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                if (status == STATUS_COMMITTED) {
                    publish(tenantId);
                }
            }
        });
    }

    /** Checks the whole register now and publishes the result. */
    void publish(UUID tenantId) {
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(new FindingsEvaluated(tenantId, SOURCE,
                    Permission.ASSET_VIEW, check.tenantWide(tenantId), clock.instant())));
        } catch (RuntimeException e) {
            // The change itself is committed; the next change publishes again.
            log.warn("Consistency findings of tenant {} could not be published: {}", tenantId, e.toString());
        }
    }
}
