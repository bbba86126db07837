package jp.mamori.gateway;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.mamori.access.RequiresScope;
import jp.mamori.access.ServiceCaller;
import jp.mamori.access.ServiceScope;
import jp.mamori.kernel.NotFound;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The gateway's report endpoint: {@code POST /api/gateway/reports} with a service token of scope
 * {@code gateway:report}. A tenant's token reports for its tenant only; an installation's token (a prefecture's
 * security cloud) names each event's tenant by its 団体コード.
 */
@RestController
class GatewayReportController {

    /** The body: the events as the gateway wrote them. */
    record Batch(List<Map<String, Object>> events) {}

    private final GatewayReports reports;
    private final Tenants tenants;
    private final Clock clock;

    GatewayReportController(GatewayReports reports, Tenants tenants, Clock clock) {
        this.reports = reports;
        this.tenants = tenants;
        this.clock = clock;
    }

    @PostMapping("/api/gateway/reports")
    @RequiresScope(ServiceScope.GATEWAY_REPORT)
    Map<String, Integer> report(@RequestBody Batch batch) {
        ServiceCaller caller = ServiceCaller.get().orElseThrow();
        if (batch.events() == null || batch.events().size() > 10_000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "events: 1 to 10000");
        }
        Instant now = clock.instant();
        Map<UUID, List<GatewayReports.Event>> byTenant = new java.util.LinkedHashMap<>();
        for (Map<String, Object> e : batch.events()) {
            UUID tenant = tenantOf(caller, String.valueOf(e.get("tenant")));
            byTenant.computeIfAbsent(tenant, t -> new ArrayList<>()).add(event(e));
        }
        int fresh = 0;
        for (var entry : byTenant.entrySet()) {
            fresh += reports.accept(entry.getKey(), entry.getValue(), now);
        }
        return Map.of("received", batch.events().size(), "new", fresh);
    }

    private UUID tenantOf(ServiceCaller caller, String code) {
        if (caller.tenantId() != null) {
            return caller.tenantId();
        }
        try {
            return tenants.findByCode(new LocalGovernmentCode(code)).orElseThrow(() -> new NotFound("tenant " + code)).id();
        } catch (IllegalArgumentException e) {
            throw new NotFound("tenant " + code);
        }
    }

    @SuppressWarnings("unchecked")
    private static GatewayReports.Event event(Map<String, Object> e) {
        try {
            String id = (String) e.get("id");
            if (id == null || id.isBlank() || id.length() > 80) {
                throw new IllegalArgumentException("id");
            }
            Object recipients = e.get("recipients");
            return new GatewayReports.Event(id, Instant.parse((String) e.get("at")), LocalDate.parse((String) e.get("day")),
                    GatewayReports.Verdict.valueOf((String) e.get("verdict")), (String) e.get("reference"),
                    recipients == null ? List.of() : (List<String>) recipients, (String) e.get("senderDomain"),
                    (String) e.get("reason"), (String) e.get("subject"));
        } catch (RuntimeException ex) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "an event is not in the gateway's shape");
        }
    }
}
