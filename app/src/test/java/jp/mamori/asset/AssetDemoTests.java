package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.finding.OpenFindings;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo town gets its 情報資産台帳 after the organization's demo: classes, inheritance, findings, disposal. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
class AssetDemoTests {

    @Autowired
    Tenants tenants;
    @Autowired
    Assets assets;
    @Autowired
    ConsistencyCheck check;
    @Autowired
    OpenFindings openFindings;
    @Autowired
    AssetPages pages;
    @Autowired
    JdbcClient jdbc;

    @Test
    void kumenanHasARegisterWithInheritedClassesFindingsAndDisposals() {
        var town = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_asset WHERE tenant_id = ?").param(town).query(Long.class)
                .single()).isBetween(35L, 50L);

        var tape = assets.findByNumber(town, "M-001").orElseThrow();
        assertThat(tape.classification().confidentiality()).isEqualTo(Confidentiality.R6_3B);
        var page = Actor.system("test").callAs(() -> pages.page(town, tape.id()));
        assertThat(page.floor().confidentialitySource().orElseThrow().registerNumber()).isEqualTo("A-001");
        assertThat(page.rules()).isNotEmpty();
        assertThat(page.manager()).isNotNull();

        assertThat(Actor.system("test").callAs(() -> check.register(town))).extracting(f -> f.subject().label().split(" ")[0] + " " + FindingKind.of(f)).contains(
                "A-005 SPECIFIC_PERSONAL_OUTSIDE_MY_NUMBER", "A-012 CONFIDENTIAL_IN_INTERNET_ZONE",
                "P-006 PERSONAL_INFORMATION_PUBLIC", "M-004 DISPOSAL_AWAITING_APPROVAL");
        // The same findings were published to the finding module once the demo's register was committed.
        assertThat(openFindings.of(town, AssetFindings.SOURCE)).extracting(f -> f.ruleId() + " " + f.subject().label())
                .containsExactlyInAnyOrderElementsOf(check.tenantWide(town).stream()
                        .map(f -> f.ruleId() + " " + f.subject().label()).toList())
                .isNotEmpty();

        var disposed = assets.findByNumber(town, "M-003").orElseThrow();
        assertThat(disposed.status()).isEqualTo(AssetStatus.DISPOSED);
        assertThat(disposed.disposal().approverName()).isNotBlank();
        assertThat(disposed.disposal().method()).contains("物理破壊");
        assertThat(assets.findByNumber(town, "M-004").orElseThrow().status()).isEqualTo(AssetStatus.DISPOSAL_REQUESTED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'asset.demo.loaded'")
                .param(town).query(Long.class).single()).isEqualTo(1);
    }
}
