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
        assertThat(catalogue.current().seedClauses()).allSatisfy(clause -> {
            var target = page.getElementById(clause.anchor());
            assertThat(target).as("seed clause %s → #%s", clause.clause(), clause.anchor()).isNotNull();
            // the anchor lands on the clause the catalogue means, not merely on some element: the text there starts
            // with the clause's own number, and a heading carries the clause's title (① … items are summarised)
            var text = target.text().replace(" ", "");
            assertThat(text).as("text at #%s", clause.anchor()).startsWith(ownNumber(clause.clause()));
            if (isHeading(clause.clause())) {
                assertThat(text).as("heading at #%s", clause.anchor()).contains(clause.title().replace(" ", ""));
            }
        });
        assertThat(page.getElementById("clause-6-1b").text()).contains("情報資産の分類と管理");
    }

    /** Clause numbers and (n) items are headings in the rendered text; ①… items are list entries. */
    private static boolean isHeading(String clause) {
        var last = clause.charAt(clause.length() - 1);
        return Character.isDigit(last) || last == ')' || last == 'b';
    }

    /** "6(2)②" → "②", "4(2)" → "(2)", "6(1)b" → "(1)", "3" → "3". */
    private static String ownNumber(String clause) {
        var plain = clause.endsWith("b") ? clause.substring(0, clause.length() - 1) : clause;
        var last = plain.charAt(plain.length() - 1);
        if (last == ')') {
            return plain.substring(plain.lastIndexOf('('));
        }
        if (!Character.isDigit(last)) {
            return String.valueOf(last);
        }
        return plain;
    }
}
