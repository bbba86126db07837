package jp.mamori.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.kernel.NotFound;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The one look-up of a tenant's classification scheme: the tenant's own edition, and no guess for an unknown one. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
class TenantSchemeTests {

    @Autowired
    Tenants tenants;

    @Test
    void answersTheTenantsOwnEdition() {
        var town = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow();
        assertThat(tenants.scheme(town.id())).isEqualTo(ClassificationScheme.R6_10).isEqualTo(town.scheme());
    }

    @Test
    void anUnknownTenantIsNotFoundRatherThanADefaultScheme() {
        assertThatThrownBy(() -> tenants.scheme(UUID.randomUUID())).isInstanceOf(NotFound.class);
    }
}
