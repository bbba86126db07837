package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.Permission;
import jp.mamori.kernel.AssetId;
import jp.mamori.kernel.TenantId;
import jp.mamori.kernel.UnitId;
import jp.mamori.tenant.ClassificationScheme;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register read by id, as other modules read it: classes, zone and holders, within the reader's reach. */
@DatabaseTest
@SpringBootTest
class AssetLookupTests {

    @Autowired AssetLookup lookup;
    @Autowired AssetManagement management;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        AssetFixture.signOut();
    }

    @Test
    void readsTheAssetWithItsClassesZoneAndTheSystemsThatHoldIt() {
        var town = AssetFixture.town(jdbc, ClassificationScheme.R6_10);
        var cls = AssetFixture.cls(Confidentiality.R6_3B, Integrity.LEVEL_2, Availability.LEVEL_2);
        var ids = Actor.system("test").callAs(() -> {
            var data = management.register(town.tenantId(), AssetFixture.details(town, "A-1", "住民記録データ",
                    AssetKind.ELECTRONIC_INFORMATION, Zone.MY_NUMBER), cls);
            var system = management.register(town.tenantId(), AssetFixture.details(town, "S-1", "住民記録システム",
                    AssetKind.INFORMATION_SYSTEM, Zone.MY_NUMBER), cls);
            var tape = management.register(town.tenantId(), AssetFixture.details(town, "M-1", "バックアップ媒体",
                    AssetKind.STORAGE_MEDIUM, null), cls);
            management.hold(town.tenantId(), system, data);
            management.hold(town.tenantId(), tape, data);
            return new java.util.UUID[] {data, system, tape};
        });
        var found = Actor.system("test").callAs(() -> lookup.find(TenantId.of(town.tenantId()), AssetId.of(ids[0])))
                .orElseThrow();
        assertThat(found.registerNumber()).isEqualTo("A-1");
        assertThat(found.classification().confidentiality()).isEqualTo(Confidentiality.R6_3B);
        assertThat(found.zone()).isEqualTo(Zone.MY_NUMBER);
        assertThat(found.ownerUnitId()).isEqualTo(UnitId.of(town.soumu()));
        assertThat(found.heldBy()).extracting(RegisteredAsset.Holder::registerNumber).containsExactly("M-1", "S-1");
        assertThat(found.systems()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(AssetId.of(ids[1]));
            assertThat(s.zone()).isEqualTo(Zone.MY_NUMBER);
        });
    }

    @Test
    void anAssetOutOfReachOrOfAnotherTenantReadsAsAbsent() {
        var town = AssetFixture.town(jdbc, ClassificationScheme.R6_10);
        var other = AssetFixture.town(jdbc, ClassificationScheme.R6_10);
        var cls = AssetFixture.cls(Confidentiality.R6_2, Integrity.LEVEL_1, Availability.LEVEL_1);
        var id = Actor.system("test").callAs(() -> management.register(town.tenantId(), AssetFixture.details(town,
                "A-9", "課の文書", AssetKind.PRINTED_INFORMATION, null), cls));
        var asset = AssetId.of(id);

        assertThat(lookup.find(TenantId.of(town.tenantId()), asset)).as("nobody signed in").isEmpty();
        assertThat(Actor.system("test").callAs(() -> lookup.find(TenantId.of(other.tenantId()), asset))).isEmpty();
        AssetFixture.signIn(AssetFixture.user(town, town.zeimuManager(), Set.of(Permission.ASSET_VIEW),
                Set.of(town.zeimu())));
        assertThat(lookup.find(TenantId.of(town.tenantId()), asset)).as("another section's reader").isEmpty();
        AssetFixture.signIn(AssetFixture.user(town, town.soumuManager(), Set.of(Permission.ASSET_VIEW),
                Set.of(town.soumu())));
        assertThat(lookup.find(TenantId.of(town.tenantId()), asset)).isPresent();
    }
}
