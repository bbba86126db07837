package jp.mamori.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import jp.mamori.web.TableExport;
import jp.mamori.web.TableExport.ExportFormat;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the unit and staff registers of a tenant to XLSX and CSV with the same Japanese headers the import
 * reads, so an export can be edited and imported again (the files themselves are written by {@link TableExport}).
 */
@Service
class OrgExport {

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

    static byte[] write(ExportFormat format, String sheetName, List<String> header, List<List<String>> rows) {
        return TableExport.<List<String>>of(sheetName, header, row -> row).bytes(format, rows::forEach);
    }
}
