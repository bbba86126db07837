package jp.mamori.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.asset.ZoneDemands;
import jp.mamori.demo.DemoStep;
import jp.mamori.demo.DemoTown;
import jp.mamori.trail.Trail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 久米南町's network as an α-model town: the three zones with their segments, the trusted public systems, LGWAN, the
 * 岡山県 security cloud, the systems of the asset register placed in them, the terminal groups, and the declared
 * flows — one of them deliberately wrong (files from the Internet side to the 庁内LAN without 無害化), so that the
 * demo shows a finding and how fixing the flow clears it. One trail entry.
 */
@Component
class NetworkDemo implements DemoStep {

    /** The purpose of the deliberately wrong flow, by which the journey finds it. */
    static final String WRONG_FLOW_PURPOSE = "委託業者からの納品ファイルの受け取り（無害化を経由していない）";

    private final Networks networks;
    private final ZoneDemands demands;
    private final Trail trail;
    private final NetworkFindings findings;
    private final JdbcClient jdbc;

    NetworkDemo(Networks networks, ZoneDemands demands, Trail trail, NetworkFindings findings, JdbcClient jdbc) {
        this.networks = networks;
        this.demands = demands;
        this.trail = trail;
        this.findings = findings;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "network";
    }

    @Override
    public Set<String> after() {
        return Set.of("asset");
    }

    @Override
    public boolean alreadyLoaded(DemoTown town) {
        return DemoStep.anyRow(jdbc, "network_segment", town);
    }

    @Override
    public void load(DemoTown town) {
        var t = town.tenantId();
        var assets = new HashMap<String, UUID>();
        demands.of(t).forEach((id, d) -> assets.put(d.registerNumber(), id));
        var b = new Builder(t, assets);
        var myNumber = b.segment("マイナンバー利用事務系セグメント", Area.MY_NUMBER, "10.10.10.0/24", false,
                "住民課・税務住民課の窓口端末と基幹系サーバ");
        var lan = b.segment("庁内LAN（LGWAN接続系）", Area.LGWAN, "10.20.0.0/16", false, "全課の事務用端末");
        var servers = b.segment("LGWAN系サーバセグメント", Area.LGWAN, "10.21.0.0/24", false, "役場サーバ室");
        var internet = b.segment("インターネット接続系セグメント", Area.INTERNET, "10.30.0.0/24", false,
                "仮想ブラウザ・無害化サーバ");
        var juki = b.segment("住基ネット", Area.JUKI_NET, "10.250.1.0/24", false, "都道府県・全国サーバ");
        var intermediate = b.segment("中間サーバー・プラットフォーム", Area.INTERMEDIATE_SERVER, "10.251.0.0/16", false, "");
        var gov = b.segment("ガバメントクラウド", Area.GOVERNMENT_CLOUD, "10.252.0.0/16", false, "標準準拠システム");
        var lgwan = b.segment("LGWAN", Area.LGWAN_NETWORK, "10.240.0.0/12", false, "LGWAN-ASP を含む");
        var cloud = b.segment("岡山県自治体情報セキュリティクラウド", Area.SECURITY_CLOUD, "10.253.0.0/16", false, "");
        var net = b.segment("インターネット", Area.THE_INTERNET, "", false, "");

        var cs = b.system("住基CSサーバ", myNumber, null, "10.10.10.5");
        b.system("住民基本台帳システム", myNumber, "S-001", "10.10.10.11");
        b.system("税務システム", myNumber, "S-002", "10.10.10.12");
        b.system("戸籍情報システム", myNumber, "S-003", "10.10.10.13");
        var national = b.system("都道府県サーバ・全国サーバ", juki, null, "10.250.1.10");
        var platform = b.system("中間サーバー", intermediate, null, "10.251.0.10");
        var care = b.system("介護保険システム（標準準拠）", gov, "S-009", "10.252.3.20");
        var finance = b.system("財務会計システム", servers, "S-004", "10.21.0.11");
        b.system("人事給与システム", servers, "S-005", "10.21.0.12");
        var groupware = b.system("グループウェア", servers, "S-007", "10.21.0.13");
        b.system("文書管理システム（LGWAN-ASP）", lgwan, "S-006", "");
        var browser = b.system("仮想ブラウザサーバ", internet, null, "10.30.0.10");
        var mailSanitiser = b.system("メール無害化サーバ", internet, null, "10.30.0.20");
        var fileSanitiser = b.system("ファイル無害化サーバ", internet, null, "10.30.0.21");

        b.terminals("マイナンバー系窓口端末", myNumber, 12, 2, ExternalMedia.ALLOW_LISTED, true, false, false,
                "静脈認証＋パスワード。USB は許可した媒体のみ");
        b.terminals("庁内LAN 事務用端末", lan, 85, 1, ExternalMedia.ALLOW_LISTED, true, false, true,
                "インターネット閲覧は仮想ブラウザ（画面転送）");

        b.flow(myNumber, cs, juki, national, "TCP", "443", "住基ネットとの本人確認情報の送受信", FlowPath.DEDICATED_LINE, "");
        b.flow(myNumber, null, intermediate, platform, "TCP", "443", "情報連携（中間サーバーへの副本登録）",
                FlowPath.DEDICATED_LINE, "");
        b.flow(myNumber, null, gov, care, "TCP", "443", "標準準拠システムの利用", FlowPath.DEDICATED_LINE, "");
        b.flow(lan, null, servers, null, "TCP", "443,445", "庁内業務システムの利用", FlowPath.DIRECT, "");
        b.flow(lan, null, lgwan, null, "TCP", "443,25", "LGWAN メール・LGWAN-ASP の利用", FlowPath.DIRECT, "");
        b.flow(lan, null, internet, browser, "TCP", "443", "インターネット閲覧（仮想ブラウザ）", FlowPath.SCREEN_TRANSFER, "");
        b.flow(internet, mailSanitiser, servers, groupware, "TCP", "25", "インターネットメールの受信（テキスト化）",
                FlowPath.SANITISED, "メール無害化（テキスト化・添付ファイル分離）");
        b.flow(internet, fileSanitiser, lan, null, "TCP", "445", "インターネットからのファイル取り込み",
                FlowPath.SANITISED, "ファイル無害化（Mamori 無害化エンジン）");
        b.flow(internet, null, cloud, null, "TCP", "80,443", "インターネットへの接続", FlowPath.DIRECT, "");
        b.flow(cloud, null, net, null, "TCP", "80,443", "自治体情報セキュリティクラウド経由の通信", FlowPath.DIRECT, "");
        b.flow(lan, null, myNumber, null, "TCP", "3389", "マイナンバー系業務の画面転送（R7.3）", FlowPath.SCREEN_TRANSFER, "");
        // The deliberate mistake: a direct path from the Internet side into the LGWAN side.
        b.flow(internet, null, servers, finance, "TCP", "445", WRONG_FLOW_PURPOSE, FlowPath.DIRECT, "");

        trail.record(t, "network.demo.loaded", "NetworkSegment", "-", "デモ用のネットワーク構成を登録: セグメント "
                + b.segments + " 件, システム " + b.systems + " 件, 通信経路 " + b.flows + " 件");
        findings.changed(t);
    }

    private final class Builder {
        private final UUID tenantId;
        private final Map<String, UUID> assets;
        int segments;
        int systems;
        int flows;

        Builder(UUID tenantId, Map<String, UUID> assets) {
            this.tenantId = tenantId;
            this.assets = assets;
        }

        Segment segment(String name, Area area, String addresses, boolean restricted, String description) {
            var s = new Segment(UUID.randomUUID(), name, area, addresses, restricted, description, 0);
            networks.insert(tenantId, s);
            segments++;
            return s;
        }

        InformationSystem system(String name, Segment in, String assetNumber, String address) {
            var s = new InformationSystem(UUID.randomUUID(), name, in.id(),
                    assetNumber == null ? null : assets.get(assetNumber), address, "", 0);
            networks.insert(tenantId, s);
            systems++;
            return s;
        }

        void terminals(String name, Segment in, int count, int factors, ExternalMedia media, boolean epp, boolean edr,
                boolean screen, String description) {
            networks.insert(tenantId, new TerminalGroup(UUID.randomUUID(), name, in.id(), count, factors, media, epp,
                    edr, screen, description, 0));
        }

        void flow(Segment from, InformationSystem fromSystem, Segment to, InformationSystem toSystem, String protocol,
                String ports, String purpose, FlowPath path, String sanitiser) {
            networks.insert(tenantId, new Flow(UUID.randomUUID(), from.id(), fromSystem == null ? null : fromSystem.id(),
                    to.id(), toSystem == null ? null : toSystem.id(), protocol, Ports.parse(ports), purpose, path,
                    sanitiser, 0));
            flows++;
        }
    }
}
