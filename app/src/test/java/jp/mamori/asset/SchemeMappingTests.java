package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.ClassificationScheme;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** After a scheme switch every asset is listed with a suggestion; only confirmed rows change. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
@AutoConfigureMockMvc
class SchemeMappingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssetManagement management;
    @Autowired
    SchemeMapping mapping;

    @Test
    void onlyConfirmedAssetsAreMappedAndNothingIsConvertedSilently() throws Exception {
        var town = AssetFixture.town(jdbc, ClassificationScheme.LEGACY);
        var other = AssetFixture.town(jdbc, ClassificationScheme.LEGACY);
        var ids = new UUID[4];
        Actor.system("test").runAs(() -> {
            ids[0] = management.register(town.tenantId(), AssetFixture.details(town, "S-1", "住民記録システム",
                    AssetKind.INFORMATION_SYSTEM, Zone.MY_NUMBER), AssetFixture.cls(Confidentiality.LEGACY_2,
                    Integrity.LEVEL_2, Availability.LEVEL_2));
            ids[1] = management.register(town.tenantId(), new AssetDetails("A-1", "住民記録データ", "",
                    AssetKind.ELECTRONIC_INFORMATION, "", town.zeimu(), null, "", Zone.MY_NUMBER, "",
                    new PersonalInformation(true, true, false, 4400)), AssetFixture.cls(Confidentiality.LEGACY_2,
                    Integrity.LEVEL_2, Availability.LEVEL_2));
            management.hold(town.tenantId(), ids[0], ids[1]);
            ids[2] = management.register(town.tenantId(), AssetFixture.details(town, "P-1", "広報誌",
                    AssetKind.PRINTED_INFORMATION, null), AssetFixture.cls(Confidentiality.LEGACY_1,
                    Integrity.LEVEL_1, Availability.LEVEL_1));
            ids[3] = management.register(other.tenantId(), AssetFixture.details(other, "A-1", "他団体",
                    AssetKind.PRINTED_INFORMATION, null), AssetFixture.cls(Confidentiality.LEGACY_1,
                    Integrity.LEVEL_1, Availability.LEVEL_1));
        });
        jdbc.sql("UPDATE tenant SET scheme = 'R6_10' WHERE id = ?").param(town.tenantId()).update();
        var admin = AssetFixture.admin(town, town.soumuManager());
        AssetFixture.signIn(admin);
        try {
            assertThat(mapping.pending(town.tenantId())).extracting(p -> p.registerNumber() + ":" + p.suggested())
                    .containsExactly("A-1:R6_3B", "P-1:R6_1", "S-1:R6_2");
        } finally {
            AssetFixture.signOut();
        }
        var auth = authentication(AssetFixture.authentication(admin));
        mvc.perform(get("/assets/scheme-mapping").with(auth)).andExpect(status().isOk());

        // Mapping the held data to 3B while its system stays below is refused as a whole.
        mvc.perform(post("/assets/scheme-mapping").with(csrf()).with(auth).param("confirm", ids[1].toString())
                .param("to-" + ids[1], "R6_3B").param("version-" + ids[1], "0")
                .param("confirm", ids[0].toString()).param("to-" + ids[0], "R6_2")
                .param("version-" + ids[0], version(ids[0]))).andExpect(status().is(422));
        assertThat(conf(ids[1])).isEqualTo("LEGACY_2");

        mvc.perform(post("/assets/scheme-mapping").with(csrf()).with(auth).param("confirm", ids[1].toString())
                .param("to-" + ids[1], "R6_3B").param("version-" + ids[1], "0")
                .param("confirm", ids[0].toString()).param("to-" + ids[0], "R6_3B")
                .param("version-" + ids[0], version(ids[0]))
                .param("to-" + ids[2], "R6_1").param("version-" + ids[2], "0")).andExpect(status().is3xxRedirection());
        assertThat(conf(ids[0])).isEqualTo("R6_3B");
        assertThat(conf(ids[1])).isEqualTo("R6_3B");
        assertThat(conf(ids[2])).as("not ticked, so not converted").isEqualTo("LEGACY_1");

        mvc.perform(post("/assets/scheme-mapping").with(csrf()).with(auth).param("confirm", ids[3].toString())
                .param("to-" + ids[3], "R6_1").param("version-" + ids[3], "0")).andExpect(status().isNotFound());
        var noRight = EnumSet.allOf(Permission.class);
        noRight.remove(Permission.ASSET_RULES_EDIT);
        var user = new CurrentUser(UUID.randomUUID(), town.soumuManager(), town.tenantId(), "x", noRight, true, Set.of());
        mvc.perform(get("/assets/scheme-mapping").with(authentication(AssetFixture.authentication(user))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/assets/scheme-mapping").with(csrf()).with(authentication(AssetFixture.authentication(user))))
                .andExpect(status().isForbidden());
    }

    private String conf(UUID id) {
        return jdbc.sql("SELECT confidentiality FROM information_asset WHERE id = ?").param(id).query(String.class)
                .single();
    }

    private String version(UUID id) {
        return jdbc.sql("SELECT version FROM information_asset WHERE id = ?").param(id).query(String.class).single();
    }
}
