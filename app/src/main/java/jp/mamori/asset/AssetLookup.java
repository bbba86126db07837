package jp.mamori.asset;

import java.util.Comparator;
import java.util.Optional;

import jp.mamori.kernel.AssetId;
import jp.mamori.kernel.TenantId;
import jp.mamori.kernel.UnitId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for reading the register by id. It answers within the reach of whoever runs the code — a
 * signed-in user's {@code ASSET_VIEW} units, everything for a command or job — so another module cannot show an
 * asset its user may not see; an asset out of reach reads as absent. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class AssetLookup {

    private final Assets assets;

    AssetLookup(Assets assets) {
        this.assets = assets;
    }

    /** The asset with its classes, zone and holders, if it is the tenant's and within reach. */
    public Optional<RegisteredAsset> find(TenantId tenantId, AssetId assetId) {
        var tenant = tenantId.value();
        return assets.find(tenant, assetId.value()).filter(a -> AssetScope.sees(a.details().ownerUnitId()))
                .map(asset -> {
                    var holders = assets.containersOf(tenant, asset.id()).stream()
                            .map(id -> assets.find(tenant, id)).flatMap(Optional::stream)
                            .filter(c -> c.status() != AssetStatus.DISPOSED)
                            .map(c -> new RegisteredAsset.Holder(AssetId.of(c.id()), c.details().registerNumber(),
                                    c.details().name(), c.details().kind(), c.details().zone()))
                            .sorted(Comparator.comparing(RegisteredAsset.Holder::registerNumber))
                            .toList();
                    var d = asset.details();
                    return new RegisteredAsset(AssetId.of(asset.id()), d.registerNumber(), d.name(), d.kind(),
                            asset.status(), UnitId.of(d.ownerUnitId()), asset.classification(), d.zone(), holders);
                });
    }

    /** The asset with this register number (「A-001」), if it is the tenant's and within reach. */
    public Optional<RegisteredAsset> findByRegisterNumber(TenantId tenantId, String registerNumber) {
        return assets.findByNumber(tenantId.value(), registerNumber)
                .flatMap(asset -> find(tenantId, AssetId.of(asset.id())));
    }
}
