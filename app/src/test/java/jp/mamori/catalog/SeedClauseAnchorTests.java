package jp.mamori.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.policy.DocumentKind;
import jp.mamori.policy.PolicyLibrary;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The catalogue links every seed clause to {@code /policies/kind/BASIC_POLICY#<anchor>}; the two modules agree on
 * the anchors only by convention, so this checks the convention against the demo town's 基本方針 as the policy
 * module renders it: every anchor the catalogue uses lands on an element of that page.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
class SeedClauseAnchorTests {

    @Autowired
    MeasureCatalogue catalogue;
    @Autowired
    PolicyLibrary policies;
    @Autowired
    Tenants tenants;

    @Test
    void everySeedClauseAnchorExistsInTheDemoBasicPolicy() {
        var town = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
        var reader = new CurrentUser(UUID.randomUUID(), null, town, "検証 用", EnumSet.noneOf(Permission.class), true,
                Set.of());
        var basicPolicy = policies.approvedRevisions(town).stream()
                .filter(r -> r.documentKind() == DocumentKind.BASIC_POLICY)
                .filter(r -> r.inForceFrom() != null && !r.inForceFrom().isAfter(java.time.LocalDate.now()))
                .findFirst().orElseThrow();
        var page = Jsoup.parseBodyFragment(policies.renderedBody(reader, basicPolicy.revisionId()).orElseThrow());

        assertThat(catalogue.current().seedClauses()).hasSizeGreaterThan(30);
        assertThat(catalogue.current().seedClauses()).allSatisfy(clause -> assertThat(page.getElementById(clause.anchor()))
                .as("seed clause %s → #%s", clause.clause(), clause.anchor())
                .isNotNull());
        assertThat(page.getElementById("clause-6-1b").text()).contains("情報資産の分類と管理");
    }
}
