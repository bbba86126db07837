package jp.mamori.asset;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.finding.Finding;
import jp.mamori.organization.StaffMember;
import jp.mamori.organization.UnitSummary;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.Tenants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds what the asset page shows: the asset, its owner and manager (and whether the manager is derived), the
 * classes it inherits with their source, what it holds and who holds it, the handling rules that apply, its
 * consistency findings and its history. Read-only; thread-safe.
 */
@Component
@Transactional(readOnly = true)
class AssetPages {

    /** Everything on one asset page. */
    record AssetPage(InformationAsset asset, String unitName, StaffMember manager, boolean managerDerived,
            InheritedFloor floor, List<HeldAsset> held, List<HeldAsset> containers, List<HandlingRules.Rule> rules,
            List<Finding> findings, List<jp.mamori.trail.TrailHistory.Change> history, boolean disposalNeedsApproval) {
    }

    private final Assets assets;
    private final Owners owners;
    private final HandlingRules rules;
    private final ConsistencyCheck check;
    private final AssetHistory history;
    private final Tenants tenants;
    private final JdbcClient jdbc;

    AssetPages(Assets assets, Owners owners, HandlingRules rules, ConsistencyCheck check, AssetHistory history,
            Tenants tenants, JdbcClient jdbc) {
        this.assets = assets;
        this.owners = owners;
        this.rules = rules;
        this.check = check;
        this.history = history;
        this.tenants = tenants;
        this.jdbc = jdbc;
    }

    /** The asset, if it is the tenant's and within the user's units. */
    InformationAsset asset(UUID tenantId, UUID id) {
        return assets.find(tenantId, id).filter(a -> AssetScope.sees(a.details().ownerUnitId()))
                .orElseThrow(() -> new AssetNotFound(id));
    }

    AssetPage page(UUID tenantId, UUID id) {
        var asset = asset(tenantId, id);
        var d = asset.details();
        var unit = owners.units(tenantId).get(d.ownerUnitId());
        var manager = owners.managerOf(tenantId, d).orElse(null);
        var held = assets.held(tenantId, id);
        var containers = assets.containers(tenantId, id);
        return new AssetPage(asset, unit == null ? "" : unit.name(), manager, d.managerStaffId() == null,
                InheritedFloor.of(held), held, containers, rules.applying(tenantId, asset.classification()),
                check.of(tenantId, id), history.of(tenantId, id), asset.disposalNeedsApproval());
    }

    Map<UUID, UnitSummary> units(UUID tenantId) {
        return owners.units(tenantId);
    }

    /** The units the user may assign assets to. */
    List<UnitSummary> assignableUnits(UUID tenantId) {
        return owners.units(tenantId).values().stream().filter(u -> u.active() && AssetScope.edits(u.id())).toList();
    }

    ClassificationScheme scheme(UUID tenantId) {
        return tenants.scheme(tenantId);
    }
}
