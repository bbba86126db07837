package jp.mamori.network;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.Permission;
import jp.mamori.asset.ZoneDemands;
import jp.mamori.finding.Finding;
import jp.mamori.finding.FindingsEvaluated;
import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.Tenant;
import jp.mamori.tenant.TenantSettingsChanged;
import jp.mamori.tenant.Tenants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a tenant's configuration against its separation model and publishes the result ({@link FindingsEvaluated},
 * source {@value #SOURCE}): after every committed change of the configuration, once per transaction, in a
 * transaction of its own (a failing check never undoes the change), and again when the tenant's settings change
 * (the model may have). Thread-safe.
 */
@Component
class NetworkFindings {

    static final String SOURCE = "network.separation";

    private static final Logger log = LoggerFactory.getLogger(NetworkFindings.class);

    private final Networks networks;
    private final ZoneDemands demands;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NetworkFindings(Networks networks, ZoneDemands demands, Tenants tenants, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.networks = networks;
        this.demands = demands;
        this.tenants = tenants;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What the check reads of the tenant now. */
    Topology topology(UUID tenantId) {
        var model = tenants.find(tenantId).map(Tenant::separationModel).orElse(SeparationModel.ALPHA);
        return new Topology(model, networks.segments(tenantId), networks.systems(tenantId),
                networks.terminals(tenantId), networks.flows(tenantId), demands.of(tenantId));
    }

    /** The findings of the tenant's configuration now, most urgent first. */
    List<Finding> current(UUID tenantId) {
        return sorted(SeparationCheck.check(topology(tenantId)));
    }

    static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(java.util.Comparator.comparing(Finding::severity).reversed()
                .thenComparing(Finding::ruleId).thenComparing(f -> f.subject().label())).toList();
    }

    /** The configuration changed in the current transaction: publish its findings once it commits. */
    void changed(UUID tenantId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(tenantId);
            return;
        }
        var key = NetworkFindings.class.getName() + ":" + tenantId;
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

    @ApplicationModuleListener
    void on(TenantSettingsChanged event) {
        publish(event.tenantId());
    }

    /** Checks the tenant's configuration now and publishes the result. */
    void publish(UUID tenantId) {
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(new FindingsEvaluated(tenantId, SOURCE,
                    Permission.NETWORK_VIEW, SeparationCheck.check(topology(tenantId)), clock.instant())));
        } catch (RuntimeException e) {
            log.warn("Separation findings of tenant {} could not be published: {}", tenantId, e.toString());
        }
    }
}
