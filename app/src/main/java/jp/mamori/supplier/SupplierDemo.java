package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.asset.Confidentiality;
import jp.mamori.demo.DemoStep;
import jp.mamori.demo.DemoTown;
import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffMember;
import jp.mamori.organization.UnitSummary;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 久米南町's contractors and external services: the vendor of the standardised core systems (標準準拠システム) on
 * the ガバメントクラウド, a web-site maintenance company with an approved sub-contractor whose contract lacks the
 * right-to-audit clause (a finding, since the web forms' 申込者名簿 is 機密性2), a periodic check waiting for the
 * vendor's answer, two cloud services (the ISMAP-listed government cloud, and a free form service on standard terms
 * that holds the 申込者名簿, more than it may), and the town's three social-media accounts, one dormant. Dates are
 * relative to the town's today, so the demo reads the same whenever it is loaded.
 */
@Component
class SupplierDemo implements DemoStep {

    private final SupplierManagement management;
    private final Organization organization;
    private final TenantCalendar calendar;
    private final JdbcClient jdbc;

    SupplierDemo(SupplierManagement management, Organization organization, TenantCalendar calendar, JdbcClient jdbc) {
        this.management = management;
        this.organization = organization;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "supplier";
    }

    @Override
    public Set<String> after() {
        return Set.of("organization", "asset");
    }

    @Override
    public boolean alreadyLoaded(DemoTown town) {
        return DemoStep.anyRow(jdbc, "supplier_contractor", town);
    }

    @Override
    public void load(DemoTown town) {
        var tenant = town.tenantId();
        var today = calendar.today(tenant);
        var fiscalStart = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
        var fiscalEnd = fiscalStart.plusYears(1).minusDays(1);
        var reiwa = fiscalStart.getYear() - 2018;
        Map<String, UUID> units = new HashMap<>();
        organization.units(tenant).forEach((UnitSummary u) -> units.put(u.code(), u.id()));

        // The vendor of the standardised core systems (住民記録・税務), on the ガバメントクラウド.
        var vendor = management.registerContractor(tenant, new SupplierManagement.ContractorDraft(
                "株式会社 吉備情報システム", units.get("1003"), "標準準拠システム（住民記録・税務）の運用保守とガバメントクラウドへの移行支援",
                "岡田 誠", "okada@kibi-joho.example", today.plusYears(1).plusMonths(5), today.plusDays(40),
                "岡田 誠（責任者）、三宅 由美、藤原 健太（作業場所: 岡山市北区の同社運用センター）"));
        for (var number : new String[] {"S-001", "A-001", "S-002", "A-002"}) {
            management.linkAsset(tenant, vendor, number);
        }
        var vendorContract = management.registerContract(tenant, vendor,
                "令和" + reiwa + "年度 標準準拠システム運用保守業務委託", fiscalStart, fiscalEnd,
                EnumSet.allOf(SecurityClause.class));
        management.scheduleCheck(tenant, vendorContract, "令和" + reiwa + "年度 上期 委託先点検",
                PeriodicCheck.Kind.QUESTIONNAIRE, today.plusWeeks(3));

        // The web-site maintenance company, with a sub-contractor approved for the design work.
        var web = management.registerContractor(tenant, new SupplierManagement.ContractorDraft(
                "株式会社 美作ウェブサービス", units.get("1101"), "町ホームページ（CMS）の保守、イベント申込フォームの管理",
                "小林 直樹", "kobayashi@mimasaka-web.example", null, today.plusYears(1),
                "小林 直樹（責任者）、石井 彩"));
        for (var number : new String[] {"S-008", "A-008", "A-012"}) {
            management.linkAsset(tenant, web, number);
        }
        management.addSubcontractor(tenant, web, "有限会社 弓削デザイン工房", "ページのデザインと写真の加工",
                fiscalStart.minusDays(10), true);
        var withoutAudit = EnumSet.allOf(SecurityClause.class);
        withoutAudit.remove(SecurityClause.RIGHT_TO_AUDIT);
        management.registerContract(tenant, web, "令和" + reiwa + "年度 久米南町ホームページ保守業務委託", fiscalStart,
                fiscalEnd, withoutAudit);

        // Cloud services: the ISMAP-listed government cloud, and a form service on standard terms holding more
        // than it may.
        var government = management.registerCloud(tenant, new SupplierManagement.CloudDraft("デジタル庁",
                "ガバメントクラウド（AWS）", units.get("1003"), true, today.plusYears(1).plusMonths(8), "国内（東京・大阪リージョン）",
                Confidentiality.R6_3B, false, fiscalStart.minusYears(1),
                "標準準拠システムの移行計画に従い、データを標準様式で出力して次の環境へ移す。"));
        management.linkAsset(tenant, government, "A-001");
        management.linkAsset(tenant, government, "A-002");
        var forms = management.registerCloud(tenant, new SupplierManagement.CloudDraft("Google LLC",
                "Google フォーム（無料版・イベント申込）", units.get("1101"), false, null, "国外を含む", Confidentiality.R6_1, true,
                null, "申込の受付を終えたらフォームと回答を削除する。"));
        management.linkAsset(tenant, forms, "A-012");

        // The town's social-media accounts; the 移住定住 account has been silent for over a year.
        var planning = staffOf(tenant, units.get("1101"), today);
        var tourism = staffOf(tenant, units.get("1403"), today);
        var settlement = staffOf(tenant, units.get("1102"), today);
        management.registerSocial(tenant, new SupplierManagement.SocialDraft("X", "@kumenan_town",
                "https://x.com/kumenan_town", units.get("1101"), planning, "久米南町SNS運用手順（企画係）", true, true,
                "企画係長", today.minusDays(2)));
        management.registerSocial(tenant, new SupplierManagement.SocialDraft("Instagram", "kumenan_kanko",
                "https://www.instagram.com/kumenan_kanko", units.get("1403"), tourism, "久米南町SNS運用手順（商工観光係）",
                true, true, "商工観光係長", today.minusDays(6)));
        management.registerSocial(tenant, new SupplierManagement.SocialDraft("Facebook", "久米南町 移住・定住",
                "https://www.facebook.com/kumenan.iju", units.get("1102"), settlement, "久米南町SNS運用手順（地域振興係）",
                true, false, "地域振興係（前任者）", today.minusMonths(14)));
    }

    private UUID staffOf(UUID tenant, UUID unit, LocalDate today) {
        return organization.staffActiveOn(tenant, today).stream().filter(s -> unit.equals(s.unitId()))
                .map(StaffMember::id).findFirst().orElse(null);
    }
}
