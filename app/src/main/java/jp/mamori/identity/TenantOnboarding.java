package jp.mamori.identity;

import jp.mamori.kernel.Refused;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.Tenant;
import jp.mamori.tenant.TenantRegistration;
import jp.mamori.trail.Trail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An installation operator registers another tenant (issue 20, finding 4): the tenant, and a setup link that can
 * make the first administrator of that tenant only. Lives in identity because the setup link does; the command and
 * the page share it. Thread-safe.
 */
@Service
class TenantOnboarding {

    /** What an operator enters; the code is checked here, with its check digit. */
    record Application(String code, String name, String nameKana, String nameRomaji, ClassificationScheme scheme,
            SeparationModel separationModel) {
    }

    /** The new tenant and its setup link — the link's only copy, to hand over once. */
    record Registered(Tenant tenant, String setupLink) {
    }

    private final TenantRegistration registration;
    private final SetupLinks links;
    private final Trail trail;

    TenantOnboarding(TenantRegistration registration, SetupLinks links, Trail trail) {
        this.registration = registration;
        this.links = links;
        this.trail = trail;
    }

    /**
     * @throws Refused with {@code identity.tenants.badCode} for a code that is not six digits with a right check
     *         digit, {@code identity.tenants.nameRequired} without a name, and {@link jp.mamori.tenant.TenantCodeTaken}
     *         when another tenant has the code
     */
    @Transactional
    public Registered register(Application application) {
        var code = code(application.code());
        if (application.name() == null || application.name().isBlank()) {
            throw new Refused("identity.tenants.nameRequired");
        }
        var tenant = registration.register(application.name(), blankToEmpty(application.nameKana()),
                blankToEmpty(application.nameRomaji()), code,
                application.scheme() == null ? ClassificationScheme.R6_10 : application.scheme(),
                application.separationModel() == null ? SeparationModel.ALPHA : application.separationModel(), false);
        trail.record(tenant.id(), "identity.tenant.registered", "Tenant", tenant.id().toString(),
                "設置運用者が団体「" + tenant.name() + "」（" + code + "）を登録（分類の版 "
                        + tenant.scheme() + "、分離モデル " + tenant.separationModel() + "）");
        return new Registered(tenant, links.create(tenant.id()));
    }

    private static LocalGovernmentCode code(String text) {
        try {
            return new LocalGovernmentCode(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new Refused("identity.tenants.badCode", text == null ? "" : text.strip());
        }
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text;
    }
}
