package jp.mamori.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the unit and staff registers of a tenant to XLSX and CSV with the same Japanese headers the import
 * reads, so an export can be edited and imported again. CSV is UTF-8 with a BOM (Excel opens it correctly);
 * cells starting with =, +, - or @ get an apostrophe so that no spreadsheet runs them as formulas.
 */
@Service
class OrgExport {

    enum Format { XLSX, CSV }

    private final OrgUnits units;
    private final StaffRegister register;

    OrgExport(OrgUnits units, StaffRegister register) {
        this.units = units;
        this.register = register;
    }

    @Transactional(readOnly = true)
    List<List<String>> unitRows(UUID tenantId) {
        var tree = units.tree(tenantId);
        var rows = new ArrayList<List<String>>();
        for (var node : tree.nodes()) {
            var unit = node.unit();
            rows.add(List.of(unit.code(), unit.name(), unit.nameKana(),
                    tree.find(unit.parentId()).map(OrgUnit::code).orElse(""),
                    OrgColumns.CATEGORY_LABELS.get(unit.category()), OrgColumns.LEVEL_LABELS.get(unit.level()),
                    unit.active() ? OrgColumns.ACTIVE : OrgColumns.INACTIVE));
        }
        return rows;
    }

    /** Staff rows; {@code reach} limits them to those units (null: the whole tenant). */
    @Transactional(readOnly = true)
    List<List<String>> staffRows(UUID tenantId, java.util.Set<UUID> reach) {
        var codes = new HashMap<UUID, String>();
        units.all(tenantId).forEach(unit -> codes.put(unit.id(), unit.code()));
        var rows = new ArrayList<List<String>>();
        for (var staff : register.all(tenantId)) {
            if (reach != null && !reach.contains(staff.unitId())) {
                continue;
            }
            rows.add(List.of(staff.staffNumber(), staff.name(), staff.nameKana(),
                    OrgColumns.KIND_LABELS.get(staff.kind()), codes.getOrDefault(staff.unitId(), ""),
                    staff.email() == null ? "" : staff.email(), staff.activeFrom().toString(),
                    staff.activeTo() == null ? "" : staff.activeTo().toString()));
        }
        return rows;
    }

    static byte[] write(Format format, String sheetName, List<String> header, List<List<String>> rows) {
        return format == Format.CSV ? csv(header, rows) : xlsx(sheetName, header, rows);
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                var printer = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get().print(writer)) {
            printer.printRecord(header);
            for (var row : rows) {
                printer.printRecord(row.stream().map(OrgExport::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(sheetName);
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                var cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(headerStyle);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                var values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    // Always text cells: a string cell is never evaluated as a formula.
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String defused(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
