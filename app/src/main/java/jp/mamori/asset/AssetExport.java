package jp.mamori.asset;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.web.TableExport;
import jp.mamori.web.TableExport.ExportFormat;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes any filtered list of the register in the {@link AssetLayout}, so that the file imports back unchanged. A
 * class on a scheme the tenant no longer follows is written by its code (for example {@code LEGACY_2}), which an
 * import refuses: exporting and importing never converts a class silently. Thread-safe.
 */
@Component
@Transactional(readOnly = true)
class AssetExport {

    static final List<String> HEADER;

    static {
        var header = new ArrayList<>(AssetLayout.COLUMNS);
        header.add(AssetLayout.STATUS);
        HEADER = List.copyOf(header);
    }

    private final AssetRegister register;
    private final Owners owners;
    private final AssetPages pages;

    AssetExport(AssetRegister register, Owners owners, AssetPages pages) {
        this.register = register;
        this.owners = owners;
        this.pages = pages;
    }

    List<List<String>> rows(UUID tenantId, RegisterQuery query) {
        var scheme = pages.scheme(tenantId);
        var units = owners.units(tenantId);
        var containers = register.containerNumbers(tenantId);
        Map<UUID, String> staffNumbers = new HashMap<>();
        var rows = new ArrayList<List<String>>();
        register.each(tenantId, query, a -> {
            var d = a.details();
            var c = a.classification();
            var unit = units.get(d.ownerUnitId());
            var manager = d.managerStaffId() == null ? "" : staffNumbers.computeIfAbsent(d.managerStaffId(),
                    id -> owners.staff(tenantId, id).map(s -> s.staffNumber()).orElse(""));
            rows.add(List.of(d.registerNumber(), d.name(), d.nameKana(), d.kind().japanese(), d.description(),
                    unit == null ? "" : unit.name(), manager, d.location(), d.zone() == null ? "" : d.zone().japanese(),
                    d.retention(), AssetLayout.flag(d.personal().present()), AssetLayout.flag(d.personal().specific()),
                    AssetLayout.flag(d.personal().sensitive()),
                    d.personal().peopleCount() == null ? "" : d.personal().peopleCount().toString(),
                    label(c.confidentiality(), scheme), c.confidentialityReason(), c.integrity().label(),
                    c.integrityReason(), c.availability().label(), c.availabilityReason(),
                    String.join(",", containers.getOrDefault(a.id(), List.of())), status(a.status())));
        });
        return rows;
    }

    void xlsx(UUID tenantId, RegisterQuery query, OutputStream out) throws IOException {
        write(ExportFormat.XLSX, tenantId, query, out);
    }

    void csv(UUID tenantId, RegisterQuery query, OutputStream out) throws IOException {
        write(ExportFormat.CSV, tenantId, query, out);
    }

    void write(ExportFormat format, UUID tenantId, RegisterQuery query, OutputStream out) throws IOException {
        table(HEADER).write(format, rows(tenantId, query)::forEach, out);
    }

    /** One filled-in row for the template's 「記入例」 sheet, in the layout's column order. */
    static final List<String> EXAMPLE = List.of("A-001", "住民記録データ", "じゅうみんきろくでーた", "情報（電子）",
            "住民基本台帳の記録", "総務課", "000123", "サーバ室", "マイナンバー利用事務系", "5年", "○", "○", "", "4400", "2",
            "住民の個人情報を含む", "2", "", "1", "", "S-001");

    /**
     * An empty sheet with the import's columns, to fill in; as XLSX with drop-down lists of the values the import
     * takes (the labels the export writes) and an example row on a sheet of its own.
     */
    static void template(ExportFormat format, OutputStream out) throws IOException {
        var yes = List.of("○", "");
        var choices = new java.util.LinkedHashMap<String, List<String>>();
        choices.put(AssetLayout.KIND, List.copyOf(AssetImport.KINDS.keySet()));
        choices.put(AssetLayout.ZONE, java.util.stream.Stream.concat(AssetImport.ZONES.keySet().stream(),
                java.util.stream.Stream.of(AssetImport.NO_ZONE)).toList());
        choices.put(AssetLayout.PERSONAL, yes.subList(0, 1));
        choices.put(AssetLayout.SPECIFIC, yes.subList(0, 1));
        choices.put(AssetLayout.SENSITIVE, yes.subList(0, 1));
        choices.put(AssetLayout.INTEGRITY, List.of("2", "1"));
        choices.put(AssetLayout.AVAILABILITY, List.of("2", "1"));
        table(AssetLayout.COLUMNS).template(format, EXAMPLE, choices, out);
    }

    private static TableExport<List<String>> table(List<String> header) {
        return TableExport.of("情報資産台帳", header, row -> row);
    }

    private static String label(Confidentiality c, ClassificationScheme scheme) {
        return c.scheme() == scheme ? c.label() : c.name();
    }

    private static String status(AssetStatus status) {
        return switch (status) {
            case ACTIVE -> "使用中";
            case DISPOSAL_REQUESTED -> "廃棄申請中";
            case DISPOSED -> "廃棄済み";
        };
    }
}
