package jp.mamori.supplier;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.access.Permission;
import jp.mamori.asset.AssetLookup;
import jp.mamori.asset.Confidentiality;
import jp.mamori.finding.Finding;
import jp.mamori.finding.FindingsEvaluated;
import jp.mamori.kernel.AssetId;
import jp.mamori.kernel.TenantId;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the supplier registers of a tenant with the classes of the assets they handle, runs {@link SupplierRules}
 * and publishes the result ({@link FindingsEvaluated}, source {@value #SOURCE}, seen with {@code SUPPLIER_VIEW}).
 * The classes are read tenant-wide, as a job of the system, whoever's change caused the check: findings replace
 * the source's earlier ones, so they must not depend on the asset reach of the person who saved. Thread-safe.
 */
@Component
class SupplierFindings {

    static final String SOURCE = "supplier.checks";

    private final SupplierRows rows;
    private final AssetLookup assets;
    private final TenantCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SupplierFindings.class);

    SupplierFindings(SupplierRows rows, AssetLookup assets, TenantCalendar calendar, ApplicationEventPublisher events,
            Clock clock, org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.rows = rows;
        this.assets = assets;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** The registers as the rules read them, with asset classes within the current thread's reach. */
    SupplierRules.Registers registers(UUID tenantId) {
        var classes = new HashMap<UUID, Confidentiality>();
        for (var link : rows.assetLinks(tenantId)) {
            assets.find(TenantId.of(tenantId), AssetId.of(link[1])).ifPresent(a -> classes.merge(link[0],
                    a.classification().confidentiality(), (x, y) -> x.higherThan(y) ? x : y));
        }
        var contractors = rows.contractors(tenantId);
        var contractorClass = new HashMap<UUID, Confidentiality>();
        contractors.forEach(c -> put(contractorClass, c.id(), classes));
        var clouds = rows.clouds(tenantId);
        var cloudClass = new HashMap<UUID, Confidentiality>();
        clouds.forEach(c -> put(cloudClass, c.id(), classes));
        return new SupplierRules.Registers(contractors, rows.subcontractors(tenantId), rows.contracts(tenantId),
                rows.checks(tenantId), clouds, rows.socials(tenantId), contractorClass, cloudClass);
    }

    private static void put(Map<UUID, Confidentiality> target, UUID id, Map<UUID, Confidentiality> classes) {
        var c = classes.get(id);
        if (c != null) {
            target.put(id, c);
        }
    }

    /** The tenant's findings today, read tenant-wide. */
    List<Finding> evaluate(UUID tenantId) {
        return tenantWide(() -> SupplierRules.evaluate(registers(tenantId), calendar.today(tenantId)));
    }

    /** Checks the whole of the tenant's registers and publishes the findings, in the caller's transaction. */
    @Transactional
    void publish(UUID tenantId) {
        events.publishEvent(new FindingsEvaluated(tenantId, SOURCE, Permission.SUPPLIER_VIEW, evaluate(tenantId),
                clock.instant()));
    }

    /**
     * Expiry and dormancy depend on the day, not only on changes: every tenant with supplier data is checked again
     * once a day, as a job of the system.
     */
    @org.springframework.scheduling.annotation.Scheduled(cron = "${mamori.supplier.checks-cron:0 23 5 * * *}")
    void daily() {
        Actor.system("supplier-checks").runAs(() -> rows.tenants().forEach(tenantId -> {
            try {
                transactions.executeWithoutResult(status -> publish(tenantId));
            } catch (RuntimeException e) {
                log.warn("Supplier findings of tenant {} could not be published: {}", tenantId, e.toString());
            }
        }));
    }

    /** Runs as a job of the system with no user on the thread, so that the asset register answers tenant-wide. */
    private static <T> T tenantWide(java.util.function.Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return Actor.system("supplier-checks").callAs(work);
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }
}
