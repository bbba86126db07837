package jp.mamori.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.organization.Organization;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo policy documents of 久米南町 once the demo town exists: its 基本方針 (the seed, 公開) with its real
 * 改訂履歴 — 平成15年12月8日 新規制定, 平成19年4月1日 改定, 平成28年9月1日 改定, 令和8年4月1日 改定, of which only the last
 * text is known, so the earlier revisions carry a summary and no text rather than invented text —, a draft 対策基準
 * skeleton (庁内) following the chapter tree MIC-STD-1 … 10, and a 関係者限り 実施手順 for the 総務課. Runs on
 * {@link ApplicationReadyEvent}, after the organization module's demo loader. Does nothing when the town is missing
 * or already has documents. One trail entry.
 */
@Component
@Profile("!command")
@ConditionalOnProperty(name = "mamori.demo", havingValue = "true")
class PolicyDemo {

    private static final Logger log = LoggerFactory.getLogger(PolicyDemo.class);
    static final LocalGovernmentCode KUMENAN = new LocalGovernmentCode("336661");
    static final String BASIC_POLICY_TITLE = "久米南町情報セキュリティ基本方針";
    static final String STANDARD_TITLE = "久米南町情報セキュリティ対策基準";
    static final String PROCEDURE_TITLE = "庁内ファイルサーバ バックアップ実施手順";
    /** The 総務課 in the organization module's demo data. */
    static final String SOUMU_UNIT_CODE = "100";

    private static final Signatory TOWN = new Signatory(null, null, "久米南町（移行データ）");
    private static final Signatory COMMITTEE = new Signatory(null, null, "久米南町情報セキュリティ委員会");

    private final Tenants tenants;
    private final Organization organization;
    private final PolicyDocuments documents;
    private final Revisions revisions;
    private final Trail trail;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TenantCalendar calendar;

    PolicyDemo(Tenants tenants, Organization organization, PolicyDocuments documents, Revisions revisions, Trail trail,
            JdbcClient jdbc, TransactionTemplate transaction, TenantCalendar calendar) {
        this.tenants = tenants;
        this.organization = organization;
        this.documents = documents;
        this.revisions = revisions;
        this.trail = trail;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.calendar = calendar;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenTheTownIsThere() {
        var town = tenants.findByCode(KUMENAN).orElse(null);
        if (town == null || jdbc.sql("SELECT COUNT(*) FROM policy_document WHERE tenant_id = ?").param(town.id())
                .query(Long.class).single() > 0) {
            return;
        }
        Actor.system("demo").runAs(() -> transaction.executeWithoutResult(status -> load(town.id())));
        log.info("Demo policy documents of 久米南町 loaded");
    }

    /** Loads the documents in the caller's transaction. */
    void load(UUID tenantId) {
        var basic = PolicyDocument.create(tenantId, DocumentKind.BASIC_POLICY, BASIC_POLICY_TITLE, Disclosure.PUBLIC,
                Audience.NOBODY);
        documents.insert(basic);
        approved(basic, 1, RevisionKind.ENACTED, LocalDate.of(2003, 12, 8), "情報セキュリティ基本方針を制定", false, "");
        approved(basic, 2, RevisionKind.AMENDED, LocalDate.of(2007, 4, 1), "改定", false, "");
        approved(basic, 3, RevisionKind.AMENDED, LocalDate.of(2016, 9, 1), "改定", false, "");
        approved(basic, 4, RevisionKind.AMENDED, LocalDate.of(2026, 4, 1), "改定（現行の本文）", true,
                text("kumenan-basic-policy.md"));

        var standard = PolicyDocument.create(tenantId, DocumentKind.STANDARD, STANDARD_TITLE, Disclosure.INTERNAL,
                Audience.NOBODY);
        documents.insert(standard);
        revisions.insert(Revision.draft(tenantId, standard.id(), 1, RevisionKind.ENACTED, LocalDate.of(2026, 10, 1),
                "対策基準の骨子（対策基準の章立て MIC-STD-1～10 に沿った草案）", text("kumenan-standard-skeleton.md"),
                new Signatory(null, null, "総務課 情報管理係")));

        var soumu = organization.units(tenantId).stream().filter(u -> u.code().equals(SOUMU_UNIT_CODE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo unit " + SOUMU_UNIT_CODE + " missing"));
        var procedure = PolicyDocument.create(tenantId, DocumentKind.PROCEDURE, PROCEDURE_TITLE, Disclosure.RESTRICTED,
                Audience.of(Set.of(soumu.id()), List.of()));
        documents.insert(procedure);
        approved(procedure, 1, RevisionKind.ENACTED, LocalDate.of(2026, 4, 1), "実施手順を制定", true,
                text("kumenan-backup-procedure.md"));

        trail.record(tenantId, "policy.demo.loaded", "PolicyDocument", "-",
                "デモ用の文書を登録: 基本方針（改訂 4 件）, 対策基準（草案）, 実施手順（関係者限り: " + soumu.name() + "）");
    }

    /** A historic revision that went through the town's own approval before Mamori. */
    private void approved(PolicyDocument document, int number, RevisionKind kind, LocalDate date, String summary,
            boolean textOnFile, String body) {
        var decided = calendar.startOf(document.tenantId(), date);
        revisions.insert(new Revision(UUID.randomUUID(), document.tenantId(), document.id(), number, kind,
                RevisionState.APPROVED, date, date, summary, textOnFile, body, TOWN, decided, COMMITTEE, decided, null,
                null, null, 0));
    }

    static String text(String name) {
        try (var in = new ClassPathResource("policy/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
