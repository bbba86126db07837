package jp.mamori.audit;

import java.util.Set;
import java.util.UUID;

import jp.mamori.demo.DemoStep;
import jp.mamori.demo.DemoTown;
import jp.mamori.finding.Severity;
import jp.mamori.kernel.TenantId;
import jp.mamori.kernel.UnitId;
import jp.mamori.organization.Organization;
import jp.mamori.organization.SecurityRole;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.trail.Trail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One 監査 for 久米南町: the 令和8年度 internal audit of 税務住民課 over the fiscal year so far, by the 監査人 appointed
 * for it (the 企画係長 of 企画政策課, independent of the unit), with one finding in 税務係 whose corrective action is
 * open. Through the module's own use cases, so that independence is checked for the demo too.
 */
@Component
class AuditDemo implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(AuditDemo.class);
    static final String TITLE = "令和8年度 情報セキュリティ内部監査（税務住民課）";

    private final Audits audits;
    private final Organization organization;
    private final StaffDirectory directory;
    private final Trail trail;

    AuditDemo(Audits audits, Organization organization, StaffDirectory directory, Trail trail) {
        this.audits = audits;
        this.organization = organization;
        this.directory = directory;
        this.trail = trail;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public Set<String> after() {
        return Set.of("organization");
    }

    @Override
    public boolean alreadyLoaded(DemoTown town) {
        return audits.count(town.tenantId()) > 0;
    }

    @Override
    public void load(DemoTown town) {
        var tenantId = town.tenantId();
        var units = organization.units(tenantId);
        var zeimu = units.stream().filter(u -> u.code().equals("120")).findFirst();
        var zeimuKakari = units.stream().filter(u -> u.code().equals("1201")).findFirst();
        var today = audits.today(tenantId);
        if (zeimu.isEmpty() || zeimuKakari.isEmpty()) {
            log.warn("Demo 監査 of 久米南町 not loaded: 税務住民課 is missing");
            return;
        }
        var auditor = directory.holders(new TenantId(tenantId), SecurityRole.AUDITOR, new UnitId(zeimu.get().id()), today)
                .stream().findFirst();
        if (auditor.isEmpty()) {
            log.warn("Demo 監査 of 久米南町 not loaded: no 監査人 appointed for 税務住民課");
            return;
        }
        var from = jp.mamori.kernel.FiscalYear.containing(today, 4).firstDay();
        var id = audits.plan(tenantId, TITLE, from, today, "対策基準 第3章（人的セキュリティ）・第4章（技術的セキュリティ）",
                Set.of(zeimu.get().id()));
        audits.assignAuditor(tenantId, id, 0, auditor.get().staffId().value());
        audits.recordFinding(tenantId, id, 1, zeimuKakari.get().id(), Severity.MEDIUM,
                "対策基準 3.2 パスワードの管理：パスワードは他人に知られないように管理する",
                "窓口の共用端末のモニターに、税務システムのパスワードを記した付箋が貼られていた",
                "付箋を撤去し、共用アカウントを個人ごとのアカウントに切り替える。係内で取扱いを周知する",
                today.plusMonths(2));
        trail.record(tenantId, "audit.demo.loaded", "AuditEngagement", id.toString(),
                "デモ用の監査を登録: 「" + TITLE + "」（監査人 " + auditor.get().name() + "、指摘 1 件）");
    }
}
