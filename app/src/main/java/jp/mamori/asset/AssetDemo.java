package jp.mamori.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.demo.DemoStep;
import jp.mamori.demo.DemoTown;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo 情報資産台帳 of 久米南町 ({@link AssetDemoData}), on the units of the organisation's demo step. One trail
 * entry.
 */
@Component
class AssetDemo implements DemoStep {

    private final Owners owners;
    private final Assets assets;
    private final AssetHistory history;
    private final Trail trail;
    private final AssetFindings findings;
    private final JdbcClient jdbc;
    private final TenantCalendar calendar;

    AssetDemo(Owners owners, Assets assets, AssetHistory history, Trail trail, JdbcClient jdbc,
            TenantCalendar calendar, AssetFindings findings) {
        this.findings = findings;
        this.owners = owners;
        this.assets = assets;
        this.history = history;
        this.trail = trail;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "asset";
    }

    @Override
    public Set<String> after() {
        return Set.of("organization");
    }

    @Override
    public boolean alreadyLoaded(DemoTown town) {
        return DemoStep.anyRow(jdbc, "information_asset", town);
    }

    /** Loads the register in the caller's transaction. */
    @Override
    public void load(DemoTown town) {
        var tenantId = town.tenantId();
        var unitsByCode = new LinkedHashMap<String, UUID>();
        owners.units(tenantId).values().forEach(u -> unitsByCode.put(u.code(), u.id()));
        var register = new Register(tenantId, unitsByCode);
        AssetDemoData.build(register);
        // Systems and media start at least at the class of what they hold, as the register requires.
        var held = new LinkedHashMap<UUID, List<HeldAsset>>();
        var byId = new LinkedHashMap<UUID, InformationAsset>();
        register.assets.values().forEach(a -> byId.put(a.id(), a));
        for (var pair : register.holdings) {
            var h = byId.get(pair[1]);
            held.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(new HeldAsset(h.id(),
                    h.details().registerNumber(), h.details().name(), h.classification()));
        }
        held.forEach((container, list) -> byId.get(container).raiseTo(InheritedFloor.of(list)));
        assets.insertAll(register.assets.values());
        assets.holdAll(tenantId, register.holdings);
        history.recordAll(tenantId, register.assets.values().stream().map(InformationAsset::id).toList(),
                "asset.asset.registered",
                register.assets.values().stream().map(a -> "デモデータとして登録（" + a.classification().shortForm() + "）")
                        .toList());
        // The disposal examples: one awaiting approval, one approved by the owning 課's 管理者.
        for (var d : register.disposals) {
            var asset = register.assets.get(d.number());
            var stored = assets.find(tenantId, asset.id()).orElseThrow();
            stored.requestDisposal(new Disposal(d.on(), d.person(), d.method(), "デモデータ", null, null, null, null))
                    .orThrow(AssetRefused::new);
            if (d.approved()) {
                var manager = owners.managerOf(tenantId, stored.details()).orElseThrow();
                stored.approveDisposal(manager.id(), manager.name(), manager.id(),
                        calendar.startOf(tenantId, d.on())).orThrow(AssetRefused::new);
            }
            assets.update(stored);
            history.record(tenantId, stored.id(), d.approved() ? "asset.asset.disposed" : "asset.disposal.requested",
                    (d.approved() ? "廃棄を承認: " : "廃棄を申請: ") + d.on() + " "
                    + d.person() + " " + d.method());
        }
        trail.record(tenantId, "asset.demo.loaded", "InformationAsset", "-",
                "デモ用の情報資産台帳を登録: " + register.assets.size() + " 件, 保有 " + register.holdings.size() + " 件");
        findings.changed(tenantId);
    }

    record DemoDisposal(String number, LocalDate on, String person, String method, boolean approved) {
    }

    /** The register being built, with helpers that keep {@link AssetDemoData} readable. */
    static final class Register {
        final UUID tenantId;
        final Map<String, UUID> units;
        final Map<String, InformationAsset> assets = new LinkedHashMap<>();
        final List<UUID[]> holdings = new ArrayList<>();
        final List<DemoDisposal> disposals = new ArrayList<>();

        Register(UUID tenantId, Map<String, UUID> units) {
            this.tenantId = tenantId;
            this.units = units;
        }

        void asset(String number, String name, String kana, AssetKind kind, String unitCode, Zone zone, String location,
                String retention, PersonalInformation personal, Confidentiality c, Integrity i, Availability a,
                String reason, String description) {
            var unit = units.get(unitCode);
            if (unit == null) {
                throw new IllegalStateException("demo unit " + unitCode + " missing");
            }
            var details = new AssetDetails(number, name, kana, kind, description, unit, null, location, zone, retention,
                    personal);
            assets.put(number, InformationAsset.register(tenantId, details,
                    new Classification(c, reason, i, "", a, "")));
        }

        void holds(String container, String... held) {
            for (var h : held) {
                holdings.add(new UUID[] {assets.get(container).id(), assets.get(h).id()});
            }
        }

        void disposal(String number, LocalDate on, String person, String method, boolean approved) {
            disposals.add(new DemoDisposal(number, on, person, method, approved));
        }
    }
}
