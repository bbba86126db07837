package jp.mamori.asset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.access.Permission;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.Tenants;
import jp.mamori.trail.Trail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guided mapping after a tenant switches classification scheme (LEGACY ↔ R6_10): every asset still classified
 * on the other scheme is listed with a suggested class, and only the classes a person confirms are changed, in one
 * transaction with one trail entry. Nothing is ever converted automatically. Thread-safe.
 */
@Service
@Transactional
class SchemeMapping {

    /** One asset awaiting mapping, with the suggestion shown preselected. */
    record Pending(UUID id, String registerNumber, String name, Confidentiality current, Confidentiality suggested,
            long version) {
    }

    private final JdbcClient jdbc;
    private final Assets assets;
    private final AssetHistory history;
    private final Tenants tenants;
    private final Trail trail;
    private final AssetFindings findings;

    SchemeMapping(JdbcClient jdbc, Assets assets, AssetHistory history, Tenants tenants, Trail trail,
            AssetFindings findings) {
        this.findings = findings;
        this.jdbc = jdbc;
        this.assets = assets;
        this.history = history;
        this.tenants = tenants;
        this.trail = trail;
    }

    ClassificationScheme scheme(UUID tenantId) {
        return tenants.scheme(tenantId);
    }

    @Transactional(readOnly = true)
    List<Pending> pending(UUID tenantId) {
        var scheme = scheme(tenantId);
        var other = Confidentiality.of(scheme == ClassificationScheme.R6_10 ? ClassificationScheme.LEGACY
                : ClassificationScheme.R6_10).stream().map(Enum::name).toList();
        return jdbc.sql("SELECT id, register_number, name, confidentiality, specific_personal_info,"
                        + " sensitive_personal_info, owner_unit_id, version FROM information_asset WHERE tenant_id = ?"
                        + " AND status <> 'DISPOSED' AND confidentiality IN (" + "?, ".repeat(other.size() - 1) + "?)"
                        + " ORDER BY register_number")
                .params(concat(tenantId, other))
                .query((rs, n) -> {
                    var current = Confidentiality.valueOf(rs.getString("confidentiality"));
                    return new Object[] {new Pending(rs.getObject("id", UUID.class), rs.getString("register_number"),
                            rs.getString("name"), current, suggest(current, rs.getBoolean("specific_personal_info")
                                    || rs.getBoolean("sensitive_personal_info")), rs.getLong("version")),
                        rs.getObject("owner_unit_id", UUID.class)};
                })
                .stream().filter(row -> AssetScope.reaches(Permission.ASSET_RULES_EDIT, (UUID) row[1])).map(row -> (Pending) row[0]).toList();
    }

    /**
     * A suggestion only, for a person to confirm: legacy 3 is 秘密文書 level (3A); legacy 2 with 特定個人情報 or
     * 要配慮個人情報 is where a leak gravely harms individuals (3B); otherwise the same number. Back to legacy, 3A
     * becomes 3 and the other tiers of 3 become 2, the legacy class for "not for publication".
     */
    static Confidentiality suggest(Confidentiality current, boolean sensitivePersonal) {
        return switch (current) {
            case LEGACY_3 -> Confidentiality.R6_3A;
            case LEGACY_2 -> sensitivePersonal ? Confidentiality.R6_3B : Confidentiality.R6_2;
            case LEGACY_1 -> Confidentiality.R6_1;
            case R6_3A -> Confidentiality.LEGACY_3;
            case R6_3B, R6_3C, R6_2 -> Confidentiality.LEGACY_2;
            case R6_1 -> Confidentiality.LEGACY_1;
        };
    }

    /**
     * Gives the confirmed assets their chosen class on the tenant's scheme. Refused as a whole when a choice is not
     * on the scheme, an asset changed meanwhile (409), or a system or medium would end below what it holds.
     */
    int apply(UUID tenantId, Map<UUID, Confidentiality> choices, Map<UUID, Long> versions) {
        var scheme = scheme(tenantId);
        var changed = new HashMap<UUID, InformationAsset>();
        var summaries = new HashMap<UUID, String>();
        for (var entry : choices.entrySet()) {
            var asset = assets.find(tenantId, entry.getKey()).filter(a -> AssetScope.reaches(Permission.ASSET_RULES_EDIT, a.details().ownerUnitId()))
                    .orElseThrow(() -> new AssetNotFound(entry.getKey()));
            if (entry.getValue().scheme() != scheme) {
                throw new AssetRefused("asset.refused.mappingInvalid");
            }
            if (!versions.containsKey(asset.id()) || versions.get(asset.id()) != asset.version()) {
                throw new jp.mamori.kernel.EditConflict("asset " + asset.id() + " changed during the mapping");
            }
            var before = asset.classification();
            var after = new Classification(entry.getValue(), before.confidentialityReason(), before.integrity(),
                    before.integrityReason(), before.availability(), before.availabilityReason());
            // The floor is checked below, once every choice is in place.
            asset.classify(after, InheritedFloor.NONE, scheme).orThrow(AssetRefused::new);
            changed.put(asset.id(), asset);
            summaries.put(asset.id(), "分類体系の移行: 機密性 " + before.confidentiality().name() + " → " + entry.getValue().name());
        }
        assets.updateAll(changed.values());
        for (var container : assets.allHoldings(tenantId).stream().map(p -> p[0]).distinct().toList()) {
            var asset = assets.find(tenantId, container).orElseThrow();
            if (asset.status() != AssetStatus.DISPOSED && asset.classification().confidentiality().scheme() == scheme) {
                InheritedFloor.of(assets.held(tenantId, container)).admits(asset.classification()).orThrow(AssetRefused::new);
            }
        }
        var ids = new ArrayList<>(changed.keySet());
        history.recordAll(tenantId, ids, "asset.asset.mapped", ids.stream().map(summaries::get).toList());
        trail.record(tenantId, "asset.scheme.mapped", "InformationAsset", "-",
                "分類体系 " + scheme.name() + " への移行を確認: " + changed.size() + " 件");
        findings.changed(tenantId);
        return changed.size();
    }

    private static Object[] concat(UUID tenantId, List<String> values) {
        var all = new ArrayList<Object>();
        all.add(tenantId);
        all.addAll(values);
        return all.toArray();
    }
}
