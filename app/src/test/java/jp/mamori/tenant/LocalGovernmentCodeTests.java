package jp.mamori.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LocalGovernmentCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"130001", "011002", "330001", "336661", "131016", "271004", "331007"})
    void acceptsRealCodes(String code) {
        assertThat(new LocalGovernmentCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"13000,1", "01100,2", "33000,1", "33666,1", "13101,6"})
    void computesTheCheckDigit(String five, int check) {
        assertThat(LocalGovernmentCode.checkDigit(five)).isEqualTo(check);
        assertThat(LocalGovernmentCode.withCheckDigit(five).value()).isEqualTo(five + check);
    }

    @Test
    void kumenanIsInOkayama() {
        assertThat(LocalGovernmentCode.withCheckDigit("33666").prefecture()).isEqualTo("33");
    }

    @Test
    void refusesAWrongCheckDigitAndSaysWhichIsExpected() {
        assertThatThrownBy(() -> new LocalGovernmentCode("336662"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit")
                .hasMessageContaining("require 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "33666", "3366610", "33666a", "３３６６６１"})
    void refusesAnythingButSixDigits(String code) {
        assertThatThrownBy(() -> new LocalGovernmentCode(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("six digits");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> new LocalGovernmentCode(null)).isInstanceOf(NullPointerException.class);
    }
}
