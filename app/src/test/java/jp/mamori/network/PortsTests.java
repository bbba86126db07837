package jp.mamori.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortsTests {

    @Test
    void readsListsAndRanges() {
        var p = Ports.parse("25, 587 1024-1030");
        assertThat(p.text()).isEqualTo("25,587,1024-1030");
        assertThat(p.allows(587)).isTrue();
        assertThat(p.allows(1027)).isTrue();
        assertThat(p.allows(26)).isFalse();
        assertThat(p.restricted()).isTrue();
    }

    @Test
    void anyAllowsEverythingAndIsNotRestricted() {
        assertThat(Ports.parse("any").allows(1)).isTrue();
        assertThat(Ports.parse("").any()).isTrue();
        assertThat(Ports.parse("*").restricted()).isFalse();
        assertThat(Ports.parse("1-65535").restricted()).isFalse();
    }

    @Test
    void refusesWhatIsNoPort() {
        assertThatThrownBy(() -> Ports.parse("http")).hasMessage("http");
        assertThatThrownBy(() -> Ports.parse("70000")).hasMessage("70000");
        assertThatThrownBy(() -> Ports.parse("90-80")).hasMessage("90-80");
    }
}
