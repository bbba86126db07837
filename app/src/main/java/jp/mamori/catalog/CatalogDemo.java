package jp.mamori.catalog;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.organization.Organization;
import jp.mamori.organization.SecurityRole;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.SeparationModel;
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
 * Loads a partly filled statement of applicability for 久米南町 once the demo town exists (after the
 * organization module's demo, on {@link ApplicationReadyEvent}): owners from its roles and 課, its own article
 * numbers (one 条 per section, 項 per measure, as a town that renumbered would), statuses as a small town would
 * honestly report them, and 非適用 with reasons for the measures of models other than its α model and for what it
 * does not use. Idempotent: does nothing when the town is missing or already has statement lines. One trail entry.
 */
@Component
@Profile("!command")
@ConditionalOnProperty(name = "mamori.demo", havingValue = "true")
class CatalogDemo {

    private static final Logger log = LoggerFactory.getLogger(CatalogDemo.class);
    static final LocalGovernmentCode KUMENAN = new LocalGovernmentCode("336661");

    /** Measures that do not apply to the town, with its reason. */
    static final Map<String, String> NOT_APPLICABLE = Map.of(
            "MIC-STD-4.1.5", "マイナンバー利用事務系では無線LANを使用していないため。",
            "MIC-STD-4.3.3", "αモデルを採用しており、業務端末をインターネット接続系に置いていないため（β・β'モデルの対策）。",
            "MIC-STD-4.3.4", "αモデルを採用しており、業務システムをインターネット接続系に置いていないため（β'モデルの対策）。",
            "MIC-STD-4.3.5", "LGWAN接続系からクラウドサービスを直接利用していないため（α'モデルの対策）。",
            "MIC-STD-7.2.3", "庁外から庁内システムへの接続及びテレワークを認めていないため。",
            "MIC-STD-5.1.6", "庁舎外に設置している情報機器がないため。");

    /** Implemented share per chapter (tenths): a small town strong on organisation, weaker on operations. */
    private static final int[] IMPLEMENTED_TENTHS = {0, 8, 8, 5, 7, 6, 5, 5, 3, 3, 4};

    private final Tenants tenants;
    private final Organization organization;
    private final MeasureCatalogue catalogue;
    private final ApplicabilityEntries entries;
    private final MeasureHistory history;
    private final EvidenceItems evidence;
    private final Trail trail;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CatalogDemo(Tenants tenants, Organization organization, MeasureCatalogue catalogue, ApplicabilityEntries entries,
            MeasureHistory history, EvidenceItems evidence, Trail trail, JdbcClient jdbc,
            TransactionTemplate transaction, Clock clock) {
        this.tenants = tenants;
        this.organization = organization;
        this.catalogue = catalogue;
        this.entries = entries;
        this.history = history;
        this.evidence = evidence;
        this.trail = trail;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenTheTownIsThere() {
        var town = tenants.findByCode(KUMENAN).orElse(null);
        if (town == null || jdbc.sql("SELECT COUNT(*) FROM catalog_applicability WHERE tenant_id = ?").param(town.id())
                .query(Long.class).single() > 0) {
            return;
        }
        int count = Actor.system("demo").callAs(() -> transaction.execute(status -> load(town.id(),
                town.separationModel())));
        log.info("Demo statement of applicability of 久米南町 loaded: {} lines", count);
    }

    /** Loads the statement in the caller's transaction; returns the number of lines saved. */
    int load(UUID tenantId, SeparationModel model) {
        var units = new HashMap<String, UUID>();
        organization.units(tenantId).forEach(u -> units.put(u.code(), u.id()));
        var cat = catalogue.current();
        int saved = 0;
        int article = 0;
        for (var chapter : cat.chapters()) {
            for (var section : chapter.sections()) {
                article++;
                int paragraph = 0;
                for (var measure : section.measures()) {
                    paragraph++;
                    var entry = line(measure, chapter.number(), paragraph, article, model, units);
                    if (entry == null) {
                        continue;
                    }
                    entries.save(tenantId, cat.edition(), entry);
                    history.record(tenantId, measure.id(), "demo", "デモデータとして登録");
                    saved++;
                }
            }
        }
        var now = java.time.OffsetDateTime.now(clock);
        evidence.insert(tenantId, new Evidence(UUID.randomUUID(), "MIC-STD-10.3.2", Evidence.Kind.LINK,
                "町ホームページ 情報セキュリティ基本方針の公表ページ", null, null, null, null, null,
                "https://www.town.kumenan.lg.jp/", now, "デモデータ"));
        evidence.insert(tenantId, new Evidence(UUID.randomUUID(), "MIC-STD-4.3.2", Evidence.Kind.LINK,
                "岡山県 自治体情報セキュリティクラウド 参加団体一覧", null, null, null, null, null,
                "https://www.pref.okayama.jp/", now, "デモデータ"));
        trail.record(tenantId, "catalog.demo.loaded", "StatementOfApplicability", "-",
                "デモ用の適用宣言書を登録: " + saved + " 件、証跡リンク 2 件");
        return saved;
    }

    /** The demo line of one measure, or null to leave it untouched (適用, 未着手, no owner). */
    private static ApplicabilityEntry line(Measure measure, int chapter, int paragraph, int article,
            SeparationModel model, Map<String, UUID> units) {
        var localArticle = "第" + article + "条" + (paragraph > 1 ? "第" + paragraph + "項" : "");
        var reason = NOT_APPLICABLE.get(measure.id());
        if (reason == null && !measure.meantFor(model)) {
            reason = "当町の分離モデル（" + model + "）では対象外の対策であるため。";
        }
        if (reason != null) {
            return new ApplicabilityEntry(measure.id(), Applicability.NOT_APPLICABLE, reason,
                    ImplementationStatus.NOT_APPLICABLE, SecurityRole.GENERAL_SECURITY_OFFICER, null, localArticle, "",
                    null, 0);
        }
        // A stable spread: the measure's position in its chapter decides its status.
        int slot = Math.floorMod(measure.id().hashCode(), 10);
        ImplementationStatus status;
        if (slot < IMPLEMENTED_TENTHS[chapter]) {
            status = ImplementationStatus.IMPLEMENTED;
        } else if (slot < IMPLEMENTED_TENTHS[chapter] + 3) {
            status = ImplementationStatus.PARTIAL;
        } else {
            status = ImplementationStatus.NOT_STARTED;
        }
        if (status == ImplementationStatus.NOT_STARTED && chapter >= 7) {
            return null;
        }
        SecurityRole role = null;
        UUID unit = null;
        switch (chapter) {
            case 1, 2, 4 -> role = SecurityRole.GENERAL_SECURITY_OFFICER;
            case 3 -> role = SecurityRole.SECTION_SECURITY_MANAGER;
            case 5, 7 -> role = SecurityRole.SYSTEM_MANAGER;
            case 6 -> unit = units.get("100");
            case 8 -> role = SecurityRole.CSIRT_MEMBER;
            case 9 -> unit = units.get("110");
            default -> role = SecurityRole.CISO;
        }
        var notes = status == ImplementationStatus.PARTIAL ? "令和8年度中に残りを実施する予定。" : "";
        return new ApplicabilityEntry(measure.id(), Applicability.APPLICABLE, "", status, role, unit, localArticle, notes,
                null, 0);
    }
}
