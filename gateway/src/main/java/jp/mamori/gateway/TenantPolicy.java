package jp.mamori.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.mamori.sanitizer.SanitizerPolicy;

/**
 * One tenant's (団体's) rules at the gateway: the recipient domains that are its own, the engine preset,
 * and what a blocked mail becomes.
 *
 * @param code the tenant's code, as in the app (for example {@code kumenan})
 * @param domains recipient domains, lower case; a subdomain of one matches too
 * @param preset the engine's policy (remove, convert or hold attachments)
 * @param blocked what a blocked mail becomes
 */
public record TenantPolicy(String code, List<String> domains, SanitizerPolicy preset, BlockedMail blocked) {
    public TenantPolicy {
        Objects.requireNonNull(code, "code");
        domains = domains.stream().map(d -> d.trim().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).toList();
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(blocked, "blocked");
    }

    boolean owns(String domain) {
        for (String own : domains) {
            if (domain.equals(own) || domain.endsWith("." + own)) {
                return true;
            }
        }
        return false;
    }

    static SanitizerPolicy preset(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "remove", "lgwan-strict" -> SanitizerPolicy.LGWAN_STRICT;
            case "convert", "lgwan-convert" -> SanitizerPolicy.LGWAN_CONVERT;
            case "hold", "lgwan-hold" -> SanitizerPolicy.LGWAN_HOLD;
            default -> throw new IllegalArgumentException("preset must be remove, convert or hold: " + name);
        };
    }
}
