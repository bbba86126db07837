package jp.mamori.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.tenant.Tenants;
import jp.mamori.trail.Trail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo 情報資産台帳 of 久米南町 ({@link AssetDemoData}) once the demo town exists. Runs on
 * {@link ApplicationReadyEvent}, which comes after every ApplicationRunner, so after the organization module's
 * demo loader, without touching it. Does nothing when the town is missing or already has assets. One trail entry.
 */
@Component
@Profile("!command")
@ConditionalOnProperty(name = "mamori.demo", havingValue = "true")
class AssetDemo {

    private static final Logger log = LoggerFactory.getLogger(AssetDemo.class);
    static final LocalGovernmentCode KUMENAN = new LocalGovernmentCode("336661");

    private final Tenants tenants;
    private final Owners owners;
    private final Assets assets;
    private final AssetHistory history;
    private final Trail trail;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TenantCalendar calendar;

    AssetDemo(Tenants tenants, Owners owners, Assets assets, AssetHistory history, Trail trail, JdbcClient jdbc,
            TransactionTemplate transaction, TenantCalendar calendar) {
        this.tenants = tenants;
        this.owners = owners;
        this.assets = assets;
        this.history = history;
        this.trail = trail;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.calendar = calendar;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenTheTownIsThere() {
        var town = tenants.findByCode(KUMENAN).orElse(null);
        if (town == null || jdbc.sql("SELECT COUNT(*) FROM information_asset WHERE tenant_id = ?").param(town.id())
                .query(Long.class).single() > 0) {
            return;
        }
        int count = Actor.system("demo").callAs(() -> transaction.execute(status -> load(town.id())));
        log.info("Demo 情報資産台帳 of 久米南町 loaded: {} assets", count);
    }

    /** Loads the register in the caller's transaction; returns the number of assets. */
    int load(UUID tenantId) {
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
        history.recordAll(tenantId, register.assets.values().stream().map(InformationAsset::id).toList(), "created",
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
            history.record(tenantId, stored.id(), "disposal", (d.approved() ? "廃棄を承認: " : "廃棄を申請: ") + d.on() + " "
                    + d.person() + " " + d.method());
        }
        trail.record(tenantId, "asset.demo.loaded", "InformationAsset", "-",
                "デモ用の情報資産台帳を登録: " + register.assets.size() + " 件, 保有 " + register.holdings.size() + " 件");
        return register.assets.size();
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
