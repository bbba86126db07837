package jp.mamori.kernel;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 年度: a tenant's fiscal year, named by the calendar year it starts in (令和8年度 = {@code FiscalYear(2026, 4)}
 * for a tenant whose year starts in April, the rule for Japanese local governments). The start month is the
 * tenant's setting; nothing may assume April. Immutable.
 */
public record FiscalYear(int startYear, int startMonth) {

    public FiscalYear {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("fiscal year start month must be 1-12, was " + startMonth);
        }
        if (startYear < 1900 || startYear > 9999) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    /** The fiscal year that holds {@code date} for a tenant whose year starts in {@code startMonth}. */
    public static FiscalYear containing(LocalDate date, int startMonth) {
        int year = date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
        return new FiscalYear(year, startMonth);
    }

    public LocalDate firstDay() {
        return YearMonth.of(startYear, startMonth).atDay(1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1, startMonth);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1, startMonth);
    }
}
