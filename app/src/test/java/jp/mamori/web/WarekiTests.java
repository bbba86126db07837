package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jp.mamori.kernel.FiscalYear;

import org.junit.jupiter.api.Test;

class WarekiTests {

    private final Wareki wareki = new Wareki();

    @Test
    void writesTheSeedsRevisionDatesAsTheTownDoes() {
        assertThat(wareki.format(LocalDate.of(2003, 12, 8))).isEqualTo("平成15年12月8日");
        assertThat(wareki.format(LocalDate.of(2026, 4, 1))).isEqualTo("令和8年4月1日");
    }

    @Test
    void writesTheFirstYearOfAnEraAsGannen() {
        assertThat(wareki.format(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(wareki.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
    }

    @Test
    void fiscalYearRunsFromAprilToMarch() {
        assertThat(wareki.fiscalYear(FiscalYear.containing(LocalDate.of(2027, 3, 31), 4))).isEqualTo("令和8年度");
        assertThat(wareki.fiscalYear(FiscalYear.containing(LocalDate.of(2026, 4, 1), 4))).isEqualTo("令和8年度");
        assertThat(wareki.fiscalYear(FiscalYear.containing(LocalDate.of(2020, 1, 10), 4))).isEqualTo("令和元年度");
    }

    @Test
    void fiscalYearFollowsTheTenantsStartMonth() {
        // A body whose year starts in January: 2026-03-31 is in the year that began 2026-01-01, named 令和8年度.
        assertThat(wareki.fiscalYear(FiscalYear.containing(LocalDate.of(2026, 3, 31), 1))).isEqualTo("令和8年度");
        assertThat(wareki.fiscalYear(FiscalYear.containing(LocalDate.of(2026, 3, 31), 4))).isEqualTo("令和7年度");
        // January 2019 - December 2019 ends in 令和 (from 2019-05-01): 令和元年度.
        assertThat(wareki.fiscalYear(new FiscalYear(2019, 1))).isEqualTo("令和元年度");
    }

    @Test
    void showsBothFormsAndNothingForNoDate() {
        assertThat(wareki.both(LocalDate.of(2016, 9, 1))).isEqualTo("平成28年9月1日 (2016-09-01)");
        assertThat(wareki.format(null)).isEmpty();
    }
}
