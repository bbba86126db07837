package jp.mamori.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * How a value becomes a spreadsheet cell, for {@link TableExport} and {@link ReportWorkbook} alike: numbers as
 * numbers, {@link ReportWorkbook.Share}s as percentages, dates as date cells, moments in time as date-time cells in the export's
 * zone, everything else as text (never a formula, so what a user typed stays inert). One per workbook; not
 * thread-safe.
 */
final class SheetCells {

    /** 「2026-04-01」: the form the import reads back and every Excel shows the same. */
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    private static final DateTimeFormatter TEXT_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final Workbook workbook;
    private final ZoneId zone;
    private final java.util.Map<Long, CellStyle> combinations = new java.util.HashMap<>();
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle percent;

    SheetCells(Workbook workbook, ZoneId zone) {
        this.workbook = workbook;
        this.zone = zone;
        var formats = workbook.createDataFormat();
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat(DATE_FORMAT));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(formats.getFormat(DATE_TIME_FORMAT));
        percent = workbook.createCellStyle();
        percent.setDataFormat(formats.getFormat("0.0%"));
    }

    /**
     * Writes one value; {@code base} (may be null) is the row's style, which the value's number format is added to.
     */
    Cell write(Row row, int column, Object value, CellStyle base) {
        var cell = row.createCell(column);
        CellStyle format = null;
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof ReportWorkbook.Share share) {
            cell.setCellValue(share.value());
            format = percent;
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            format = date;
        } else if (local(value) != null) {
            cell.setCellValue(local(value));
            format = dateTime;
        } else {
            cell.setCellValue(value.toString());
        }
        var style = format == null ? base : base == null ? format : combined(base, format);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** A moment or a local date-time as the wall-clock time in the export's zone; null for anything else. */
    private LocalDateTime local(Object value) {
        if (value instanceof LocalDateTime time) {
            return time;
        } else if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, zone);
        } else if (value instanceof OffsetDateTime time) {
            return time.atZoneSameInstant(zone).toLocalDateTime();
        } else if (value instanceof ZonedDateTime time) {
            return time.withZoneSameInstant(zone).toLocalDateTime();
        }
        return null;
    }

    private CellStyle combined(CellStyle base, CellStyle format) {
        return combinations.computeIfAbsent(((long) base.getIndex() << 16) | format.getIndex(), k -> {
            var style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setDataFormat(format.getDataFormat());
            return style;
        });
    }

    /** The text of a value in a CSV: dates ISO, moments in the export's zone, numbers as Java writes them. */
    static String text(Object value, ZoneId zone) {
        if (value == null) {
            return "";
        } else if (value instanceof ReportWorkbook.Share share) {
            return String.valueOf(share.value());
        } else if (value instanceof Instant instant) {
            return TEXT_DATE_TIME.format(instant.atZone(zone));
        } else if (value instanceof OffsetDateTime time) {
            return TEXT_DATE_TIME.format(time.atZoneSameInstant(zone));
        } else if (value instanceof ZonedDateTime time) {
            return TEXT_DATE_TIME.format(time.withZoneSameInstant(zone));
        } else if (value instanceof LocalDateTime time) {
            return TEXT_DATE_TIME.format(time);
        }
        return value.toString();
    }
}
