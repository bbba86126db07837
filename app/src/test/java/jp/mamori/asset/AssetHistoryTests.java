package jp.mamori.asset;

import static jp.mamori.asset.AssetFixture.authentication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.ClassificationScheme;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An asset's 変更履歴 is read from the trail: every change shows, newest first, with who made it — the held side of a
 * holding and a raise by inheritance too — to anyone who may view the asset, without the trail viewer's permission.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
@AutoConfigureMockMvc
class AssetHistoryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssetManagement management;

    AssetFixture.Town town;
    UUID system;
    UUID data;

    @BeforeEach
    void setUp() {
        town = AssetFixture.town(jdbc, ClassificationScheme.R6_10);
        Actor.system("test").runAs(() -> {
            system = management.register(town.tenantId(), AssetFixture.details(town, "S-1", "住民記録システム",
                    AssetKind.INFORMATION_SYSTEM, Zone.MY_NUMBER), AssetFixture.cls(Confidentiality.R6_2,
                    Integrity.LEVEL_1, Availability.LEVEL_1));
            data = management.register(town.tenantId(), AssetFixture.details(town, "A-1", "住民記録データ",
                    AssetKind.ELECTRONIC_INFORMATION, Zone.MY_NUMBER), AssetFixture.cls(Confidentiality.R6_3B,
                    Integrity.LEVEL_2, Availability.LEVEL_2));
            management.hold(town.tenantId(), system, data);
        });
    }

    private org.jsoup.select.Elements historyRows(UUID asset) throws Exception {
        var reader = new CurrentUser(UUID.randomUUID(), town.soumuManager(), town.tenantId(), "閲覧 のみ",
                EnumSet.of(Permission.ASSET_VIEW), true, Set.of());
        var html = mvc.perform(get("/assets/" + asset).with(authentication(authentication(reader))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var heading = Jsoup.parse(html).select("h2").stream().filter(h -> h.text().equals("変更履歴")).findFirst()
                .orElseThrow();
        // The table after the heading (a note on the time zone may stand between them).
        var table = heading.nextElementSibling();
        while (!table.tagName().equals("table")) {
            table = table.nextElementSibling();
        }
        return table.select("tbody tr");
    }

    @Test
    void theSystemShowsItsRegistrationItsHoldingAndItsRaiseNewestFirst() throws Exception {
        var rows = historyRows(system);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).text()).contains("住民記録データ").contains("を保有");
        assertThat(rows.get(1).text()).contains("継承により引き上げ");
        assertThat(rows.get(2).text()).contains("S-1 住民記録システム を登録");
        assertThat(rows).allMatch(r -> r.select("td").get(1).text().equals("システム test"));
    }

    @Test
    void theHeldDataShowsWhereItIsHeldToAReaderWithoutTheTrailViewersPermission() throws Exception {
        var rows = historyRows(data);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).contains("保有先に追加").contains("住民記録システム");
        assertThat(rows.get(1).text()).contains("A-1 住民記録データ を登録");
    }
}
