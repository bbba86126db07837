package jp.mamori.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The gateway's Micrometer meters, scraped in Prometheus' text format from {@code /metrics}:
 * {@code mamori_gateway_mails_total{outcome=…,tenant=…}} (accepted, clean, sanitised, blocked, held,
 * delivered, deferred, rejected, duplicate) and the timers {@code mamori_gateway_sanitise_seconds},
 * {@code mamori_gateway_reinject_seconds} and {@code mamori_gateway_filter_seconds} (DATA end to answer).
 */
final class GatewayMetrics {
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    void count(String outcome, String tenant) {
        Counter.builder("mamori.gateway.mails").tag("outcome", outcome).tag("tenant", tenant)
                .description("mails by what the gateway did with them").register(registry).increment();
    }

    void time(String name, Duration d) {
        Timer.builder("mamori.gateway." + name).publishPercentiles(0.5, 0.99).register(registry).record(d);
    }

    double counted(String outcome, String tenant) {
        Counter c = registry.find("mamori.gateway.mails").tag("outcome", outcome).tag("tenant", tenant).counter();
        return c == null ? 0 : c.count();
    }

    String scrape() {
        return registry.scrape();
    }
}
