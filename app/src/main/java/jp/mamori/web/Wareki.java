package jp.mamori.web;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;

import jp.mamori.kernel.FiscalYear;

import org.springframework.stereotype.Component;

/**
 * Dates in 和暦 (Japanese era), as municipal documents write them: 「令和8年4月1日」, with the first year
 * of an era written 元年. Available in templates as {@code @wareki}. Thread-safe.
 */
@Component("wareki")
public class Wareki {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    /** 「令和8年4月1日」; empty for null. */
    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        var japanese = JapaneseDate.from(date);
        var year = japanese.get(ChronoField.YEAR_OF_ERA);
        return eraName(japanese.getEra()) + (year == 1 ? "元" : Integer.toString(year)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 「令和8年4月1日 (2026-04-01)」: both forms, as the UI shows dates. */
    public String both(LocalDate date) {
        return date == null ? "" : format(date) + " (" + ISO.format(date) + ")";
    }

    /**
     * 「令和8年度」: a tenant's fiscal year (its start month is the tenant's, see {@code TenantCalendar}). A fiscal
     * year is named in the era in force at its end, as governments did for 令和元年度 (April 2019 – March 2020).
     */
    public String fiscalYear(FiscalYear fiscalYear) {
        if (fiscalYear == null) {
            return "";
        }
        var end = JapaneseDate.from(fiscalYear.lastDay());
        var eraStartYear = end.get(ChronoField.YEAR) - end.get(ChronoField.YEAR_OF_ERA) + 1;
        var year = fiscalYear.startYear() - eraStartYear + 1;
        if (year < 1) { // the era began within the fiscal year's last months: name it by its start
            var start = JapaneseDate.from(fiscalYear.firstDay());
            return eraName(start.getEra()) + start.get(ChronoField.YEAR_OF_ERA) + "年度";
        }
        return eraName(end.getEra()) + (year == 1 ? "元" : Integer.toString(year)) + "年度";
    }

    private static String eraName(JapaneseEra era) {
        if (era == JapaneseEra.REIWA) {
            return "令和";
        }
        if (era == JapaneseEra.HEISEI) {
            return "平成";
        }
        if (era == JapaneseEra.SHOWA) {
            return "昭和";
        }
        if (era == JapaneseEra.TAISHO) {
            return "大正";
        }
        return "明治";
    }
}
