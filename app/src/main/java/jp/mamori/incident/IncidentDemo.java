package jp.mamori.incident;

import java.util.Set;
import java.util.UUID;

import jp.mamori.demo.DemoStep;
import jp.mamori.demo.DemoTown;
import jp.mamori.organization.Organization;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 久米南町's incidents: one closed last month (a phishing mail opened in 企画政策課, contained, closed with its
 * recurrence prevention as a corrective action) and one open (a USB stick with 150 residents' addresses lost by
 * 保健福祉課, received by the CSIRT, the commission's 速報 sent and its 確報 still due), so that the register, the
 * obligations, the dashboard and the statistics show something on the first visit. Dates are relative to the
 * town's today, through the service, so the trail and the obligations are what real handling would leave.
 */
@Component
class IncidentDemo implements DemoStep {

    private final Incidents incidents;
    private final Organization organization;
    private final TenantCalendar calendar;
    private final JdbcClient jdbc;

    IncidentDemo(Incidents incidents, Organization organization, TenantCalendar calendar, JdbcClient jdbc) {
        this.incidents = incidents;
        this.organization = organization;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "incident";
    }

    @Override
    public Set<String> after() {
        return Set.of("organization");
    }

    @Override
    public boolean alreadyLoaded(DemoTown town) {
        return DemoStep.anyRow(jdbc, "incident", town);
    }

    @Override
    public void load(DemoTown town) {
        var tenant = town.tenantId();
        var today = calendar.today(tenant);
        var kikaku = unit(tenant, "110");
        var hoken = unit(tenant, "130");

        var phishing = incidents.report(tenant, kikaku, "内線 221", null, new IncidentFacts(
                "不審なメールの添付ファイルを開いた", "業者を名乗るメールの添付ファイル（請求書.zip）を開いた。直後に"
                        + "端末の動作が遅くなったため、LANケーブルを抜いて連絡した。",
                today.minusDays(34), "企画政策課の事務用端末 1 台（インターネット接続系）", false, 0, false, false, true,
                false, false));
        incidents.triage(tenant, phishing, 0, "中");
        incidents.advance(tenant, phishing, 1, IncidentState.INVESTIGATING);
        incidents.advance(tenant, phishing, 2, IncidentState.CONTAINED);
        incidents.advance(tenant, phishing, 3, IncidentState.RECOVERED);
        incidents.advance(tenant, phishing, 4, IncidentState.PREVENTING);
        incidents.recordSent(tenant, phishing, 5, ReportingBody.POLICE, ReportStage.PRELIMINARY,
                "岡山県警察のサイバー犯罪相談窓口へ電話で相談し、受理番号を記録");
        incidents.close(tenant, phishing, 6, "マクロ付きの添付ファイルを開いた（無害化を経ないインターネット接続系の端末）",
                "インターネット接続系で受けた添付ファイルは無害化してから開く運用を徹底し、標的型攻撃メール訓練を年2回行う",
                kikaku, today.plusDays(30));

        var usb = incidents.report(tenant, hoken, "内線 301", null, new IncidentFacts(
                "健診案内の送付先を入れたUSBメモリを紛失", "訪問先から戻ったところ、かばんに入れていたUSBメモリが"
                        + "見当たらない。暗号化されていない。", today.minusDays(1),
                "USBメモリ 1 本（健診案内の送付先一覧: 氏名・住所）", true, 150, false, false, false, false, true));
        incidents.triage(tenant, usb, 0, "高");
        incidents.advance(tenant, usb, 1, IncidentState.INVESTIGATING);
        incidents.recordSent(tenant, usb, 2, ReportingBody.PPC, ReportStage.PRELIMINARY,
                "個人情報保護委員会の報告フォームから速報を送信");
    }

    private UUID unit(UUID tenant, String code) {
        return organization.units(tenant).stream().filter(u -> u.code().equals(code)).findFirst()
                .map(u -> u.id()).orElseThrow(() -> new IllegalStateException("demo unit " + code + " missing"));
    }
}
