package jp.mamori.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.demo.DemoTown;
import jp.mamori.finding.OpenFindings;
import jp.mamori.tenant.Tenants;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 久米南町's demo network: one wrong flow shows as a finding on the page and the diagram, and fixing that flow in the
 * UI clears it, on the page and in the published findings.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
class NetworkDemoTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Tenants tenants;
    @Autowired
    Networks networks;
    @Autowired
    OpenFindings openFindings;
    @Autowired
    JdbcClient jdbc;

    UUID town;
    CurrentUser officer;
    CurrentUser viewer;

    @BeforeEach
    void setUp() {
        town = tenants.findByCode(DemoTown.CODE).orElseThrow().id();
        officer = new CurrentUser(UUID.randomUUID(), null, town, "総務 一郎",
                Set.of(Permission.NETWORK_VIEW, Permission.NETWORK_EDIT), true, Set.of());
        viewer = new CurrentUser(UUID.randomUUID(), null, town, "閲覧 花子", Set.of(Permission.NETWORK_VIEW), true,
                Set.of());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of()));
    }

    private Flow wrongFlow() {
        return networks.flows(town).stream().filter(f -> f.purpose().equals(NetworkDemo.WRONG_FLOW_PURPOSE))
                .findFirst().orElseThrow();
    }

    @Test
    void theDemoTownHasThreeTiersSystemsAndOneWrongFlowThatShowsAsAFinding() {
        assertThat(networks.segments(town)).extracting(Segment::area).contains(Area.MY_NUMBER, Area.LGWAN,
                Area.INTERNET, Area.JUKI_NET, Area.SECURITY_CLOUD);
        assertThat(networks.systems(town)).hasSizeGreaterThan(10).anyMatch(s -> s.assetId() != null);
        var published = openFindings.of(town, NetworkFindings.SOURCE);
        assertThat(published).extracting(f -> f.ruleId())
                .containsExactly(Rule.INTERNET_TO_LGWAN_UNSANITISED.ruleId());
        assertThat(published.get(0).subject().objectId()).isEqualTo(wrongFlow().id().toString());
    }

    @Test
    void fixingTheWrongFlowInTheUiClearsItsFinding() throws Exception {
        var wrong = wrongFlow();
        mvc.perform(get("/network").with(as(viewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("network.INTERNET_TO_LGWAN_UNSANITISED")))
                .andExpect(content().string(Matchers.containsString(NetworkDiagramSvg.RED)));
        mvc.perform(get("/network/flows/" + wrong.id()).with(as(viewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"flow-findings\"")));
        mvc.perform(get("/network/flows/" + wrong.id() + "/edit").with(as(officer))).andExpect(status().isOk());

        mvc.perform(post("/network/flows/" + wrong.id()).with(as(officer)).with(csrf())
                        .param("fromSegment", wrong.fromSegmentId().toString())
                        .param("toSegment", wrong.toSegmentId().toString())
                        .param("toSystem", wrong.toSystemId().toString())
                        .param("protocol", "TCP").param("ports", "445").param("purpose", wrong.purpose())
                        .param("path", "SANITISED").param("sanitiser", "ファイル無害化（Mamori 無害化エンジン）")
                        .param("version", Integer.toString(wrong.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/network/flows/" + wrong.id()));

        assertThat(openFindings.of(town, NetworkFindings.SOURCE)).isEmpty();
        mvc.perform(get("/network").with(as(viewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"network-no-findings\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(NetworkDiagramSvg.RED))));
        mvc.perform(get("/network/flows/" + wrong.id()).with(as(viewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ファイル無害化（Mamori 無害化エンジン）")))
                .andExpect(content().string(Matchers.containsString("TCP/445 直接通信 → ")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'network.flow.changed'"
                + " AND object_id = ?").params(town, wrong.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() throws Exception {
        var wrong = wrongFlow();
        mvc.perform(post("/network/flows/" + wrong.id()).with(as(officer)).with(csrf())
                        .param("fromSegment", wrong.fromSegmentId().toString())
                        .param("toSegment", wrong.toSegmentId().toString()).param("protocol", "TCP")
                        .param("ports", "445").param("path", "SCREEN_TRANSFER")
                        .param("version", Integer.toString(wrong.version() + 7)))
                .andExpect(status().isConflict());
        var after = networks.flow(town, wrong.id()).orElseThrow();
        assertThat(after.path()).isEqualTo(wrong.path());
        assertThat(after.version()).isEqualTo(wrong.version());
    }

    @Test
    void viewingNeedsNetworkViewAndEditingNetworkEdit() throws Exception {
        var nobody = new CurrentUser(UUID.randomUUID(), null, town, "職員", Set.of(Permission.ASSET_VIEW), true,
                Set.of());
        mvc.perform(get("/network").with(as(nobody))).andExpect(status().isForbidden());
        mvc.perform(get("/network/flows/new").with(as(viewer))).andExpect(status().isForbidden());
        mvc.perform(post("/network/flows/" + wrongFlow().id() + "/remove").param("version", "0").with(as(viewer))
                .with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anotherTenantsFlowIsNotFound() throws Exception {
        var stranger = new CurrentUser(UUID.randomUUID(), null, UUID.randomUUID(), "他団体",
                Set.of(Permission.NETWORK_VIEW, Permission.NETWORK_EDIT), true, Set.of());
        mvc.perform(get("/network/flows/" + wrongFlow().id()).with(as(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void registersListSearchAndExport() throws Exception {
        mvc.perform(get("/network/flows").param("q", "無害化").with(as(viewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("メール無害化")));
        mvc.perform(get("/network/segments").with(as(viewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("住基ネット")));
        mvc.perform(get("/network/systems").param("q", "財務").with(as(viewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("財務会計システム")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("戸籍情報システム"))));
        mvc.perform(get("/network/terminals").with(as(viewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("マイナンバー系窓口端末")));
        var started = mvc.perform(get("/network/flows/export.csv").with(as(viewer))).andReturn();
        var csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("送信元").contains(NetworkDemo.WRONG_FLOW_PURPOSE);
        mvc.perform(asyncDispatch(mvc.perform(get("/network/segments/export.xlsx").with(as(viewer))).andReturn()))
                .andExpect(status().isOk());
        var svg = mvc.perform(get("/network/diagram.svg").with(as(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml").contains("マイナンバー利用事務系").contains(NetworkDiagramSvg.RED);
        var system = networks.systems(town).get(0);
        mvc.perform(get("/network/systems/" + system.id()).with(as(viewer))).andExpect(status().isOk());
        var terminal = networks.terminals(town).get(0);
        mvc.perform(get("/network/terminals/" + terminal.id()).with(as(viewer))).andExpect(status().isOk());
        mvc.perform(get("/network/segments/" + networks.segments(town).get(0).id()).with(as(viewer)))
                .andExpect(status().isOk());
    }

    @Autowired
    jp.mamori.importing.Imports imports;
    @Autowired
    FlowImport flowImport;

    @Test
    void importsAFirewallRuleExportAllOrNothingAndTwiceAddsNothing() {
        var good = """
                source,destination,service,action,path,sanitiser,purpose
                "庁内LAN（LGWAN接続系）",LGWAN,"TCP/443,25",accept,,,LGWAN-ASP
                10.20.5.5,10.21.0.12,TCP/8080,permit,,,人事給与の管理画面
                インターネット接続系セグメント,庁内LAN（LGWAN接続系）,tcp:445,allow,無害化,ファイル無害化,ファイル取り込み
                any,any,ANY,deny,,,暗黙の拒否
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var before = networks.flows(town).size();
        var preview = imports.check(flowImport, town, "rules.csv", good);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.plan().changed()).isEqualTo(2);
        assertThat(preview.plan().unchanged()).isEqualTo(1); // the LGWAN row repeats a declared flow
        jp.mamori.access.Actor.system("test").runAs(() -> imports.importNow(flowImport, town, "rules.csv", good));
        assertThat(networks.flows(town)).hasSize(before + 2);
        var toPayroll = networks.flows(town).stream().filter(f -> f.purpose().equals("人事給与の管理画面")).findFirst()
                .orElseThrow();
        assertThat(toPayroll.toSystemId()).isNotNull();
        assertThat(toPayroll.ports().text()).isEqualTo("8080");
        var sanitised = networks.flows(town).stream().filter(f -> f.purpose().equals("ファイル取り込み")).findFirst()
                .orElseThrow();
        assertThat(sanitised.path()).isEqualTo(FlowPath.SANITISED);
        assertThat(sanitised.sanitiser()).isEqualTo("ファイル無害化");
        assertThat(imports.check(flowImport, town, "rules.csv", good).plan().changed()).isZero();

        var bad = """
                送信元,宛先,サービス,動作
                庁内LAN（LGWAN接続系）,どこか,HTTPS,許可
                庁内LAN（LGWAN接続系）,LGWAN,gopher,許可
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var refused = imports.check(flowImport, town, "bad.csv", bad);
        assertThat(refused.problems()).extracting(p -> p.row() + " " + p.messageKey()).containsExactly(
                "2 network.import.error.unknownEnd", "3 network.import.error.service");
    }
}
