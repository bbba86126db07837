package jp.mamori.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import jp.mamori.tenant.SeparationModel;

import org.junit.jupiter.api.Test;

/** The flow-log comparison: generic CSV and FortiGate layouts, matching by segment, system and port, aggregation. */
class TrafficComparisonTests {

    private final NetworkFixture n = new NetworkFixture();
    private final Segment lan = n.segment("庁内LAN", Area.LGWAN, "10.20.0.0/16", false);
    private final Segment servers = n.segment("サーバ", Area.LGWAN, "10.21.0.0/24", false);
    private final Segment myNumber = n.segment("マイナンバー系", Area.MY_NUMBER, "10.10.10.0/24", false);
    private final Segment internet = n.segment("インターネット系", Area.INTERNET, "10.30.0.0/24", false);
    private final InformationSystem finance = n.system("財務会計", servers);

    TrafficComparisonTests() {
        n.systems.set(0, new InformationSystem(finance.id(), finance.name(), servers.id(), null, "10.21.0.11", "", 0));
        n.flow(lan, null, servers, n.systems.get(0), "443", FlowPath.DIRECT, "");
    }

    private TrafficComparison.Result compare(String log) throws IOException {
        return new TrafficComparison(n.topology(SeparationModel.ALPHA)).compare(new BufferedReader(new StringReader(log)));
    }

    @Test
    void declaredTrafficMatchesAndTheRestIsGroupedWithFirstLastAndCount() throws IOException {
        var result = compare("""
                time,source,destination,port,action
                2026-04-01T09:00:00+09:00,10.20.1.5,10.21.0.11,443,accept
                2026-04-01T09:01:00+09:00,10.20.1.5,10.21.0.12,443,accept
                2026-04-01T09:05:00+09:00,10.20.1.7,10.21.0.12,443,accept
                2026-04-01T09:02:00+09:00,10.20.1.5,10.21.0.11,22,accept
                2026-04-01T09:03:00+09:00,10.30.0.9,10.10.10.11,445,deny
                2026-04-01T09:04:00+09:00,10.20.1.5,10.20.9.9,139,accept
                garbage
                """);
        assertThat(result.layout()).isEqualTo("CSV");
        assertThat(result.lines()).isEqualTo(7);
        assertThat(result.compared()).isEqualTo(5);
        assertThat(result.matched()).isEqualTo(2); // the declared one, and traffic inside one segment
        assertThat(result.denied()).isEqualTo(1);
        assertThat(result.unreadable()).isEqualTo(1);
        assertThat(result.unmatched()).hasSize(2);
        var toOtherServer = result.unmatched().stream().filter(u -> u.port() == 443).findFirst().orElseThrow();
        assertThat(toOtherServer.count()).isEqualTo(2);
        assertThat(toOtherServer.firstSeen()).isEqualTo("2026-04-01T09:01:00+09:00");
        assertThat(toOtherServer.lastSeen()).isEqualTo("2026-04-01T09:05:00+09:00");
        assertThat(toOtherServer.againstModel()).isFalse();
        assertThat(result.findings()).extracting(f -> f.ruleId()).containsOnly(TrafficComparison.RULE_UNDECLARED);
    }

    @Test
    void readsFortiGateTrafficLogsAndFlagsCrossingsAgainstTheModel() throws IOException {
        var result = compare("""
                date=2026-04-01 time=10:00:00 devname="FG100F" type="traffic" subtype="forward" srcip=10.30.0.9 srcport=50000 dstip=10.10.10.11 dstport=445 proto=6 action="accept" policyid=7
                date=2026-04-01 time=10:00:05 devname="FG100F" type="traffic" subtype="forward" srcip=10.30.0.9 srcport=50001 dstip=10.10.10.11 dstport=445 proto=6 action="close" policyid=7
                date=2026-04-01 time=10:01:00 devname="FG100F" type="traffic" subtype="forward" srcip=10.20.3.3 srcport=50002 dstip=10.21.0.11 dstport=443 proto=6 action="accept" policyid=2
                date=2026-04-01 time=10:02:00 devname="FG100F" type="traffic" subtype="forward" srcip=10.20.3.3 srcport=50003 dstip=203.0.113.5 dstport=443 proto=6 action="deny" policyid=0
                """);
        assertThat(result.layout()).isEqualTo("FortiGate");
        assertThat(result.compared()).isEqualTo(3);
        assertThat(result.denied()).isEqualTo(1);
        assertThat(result.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.source()).isEqualTo("インターネット系");
            assertThat(u.destination()).isEqualTo("マイナンバー系");
            assertThat(u.count()).isEqualTo(2);
            assertThat(u.againstModel()).isTrue();
            assertThat(u.firstSeen()).isEqualTo("2026-04-01 10:00:00");
        });
        assertThat(result.findings()).extracting(f -> f.ruleId()).containsExactly(TrafficComparison.RULE_AGAINST_MODEL);
    }

    @Test
    void addressesOutsideEverySegmentAreGroupedByTheirSlash24AndJapaneseHeadersAreRead() throws IOException {
        var result = compare("""
                日時,送信元,宛先,ポート,動作
                2026-04-01 11:00,10.20.1.5,198.51.100.7,443,許可
                2026-04-01 11:01,10.20.1.6,198.51.100.99,443,許可
                """);
        assertThat(result.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.destination()).isEqualTo("198.51.100.0/24");
            assertThat(u.count()).isEqualTo(2);
        });
    }

    @Test
    void aFileWithoutTheColumnsIsUnreadable() throws IOException {
        var result = compare("a,b,c\n1,2,3\n");
        assertThat(result.compared()).isZero();
        assertThat(result.unreadable()).isEqualTo(1);
    }

    @Test
    void addressesAreParsedStrictly() {
        assertThat(AddressBook.parse("10.20.0.1")).isEqualTo(0x0A140001L);
        assertThat(AddressBook.parse("10.20.0")).isEqualTo(-1);
        assertThat(AddressBook.parse("10.20.0.256")).isEqualTo(-1);
        assertThat(AddressBook.parse("a.b.c.d")).isEqualTo(-1);
    }
}
