package jp.mamori.tenant;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Module API: registers a new tenant. Always part of a larger use case (first-run setup, loading demo data,
 * an installation operator adding a municipality), which records the one trail entry describing all of it;
 * hence a transaction must already be active. Thread-safe.
 */
@Service
public class TenantRegistration {

    private final JdbcClient jdbc;
    private final Tenants tenants;

    TenantRegistration(JdbcClient jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    /**
     * Registers the tenant with fiscal years starting in April.
     *
     * @throws TenantCodeTaken when a tenant with that code exists
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Tenant register(String name, String nameKana, String nameRomaji, LocalGovernmentCode code,
            ClassificationScheme scheme, SeparationModel separationModel, boolean mfaForAll) {
        if (tenants.findByCode(code).isPresent()) {
            throw new TenantCodeTaken(code);
        }
        var tenant = new Tenant(UUID.randomUUID(), name.strip(), nameKana.strip(), nameRomaji.strip(), code, scheme,
                separationModel, mfaForAll);
        jdbc.sql("""
                INSERT INTO tenant (id, name, name_kana, name_romaji, code, fiscal_year_start_month, scheme,
                separation_model, mfa_for_all, version) VALUES (?, ?, ?, ?, ?, 4, ?, ?, ?, 0)""")
                .params(tenant.id(), tenant.name(), tenant.nameKana(), tenant.nameRomaji(), code.value(),
                        scheme.name(), separationModel.name(), mfaForAll)
                .update();
        return tenant;
    }
}
