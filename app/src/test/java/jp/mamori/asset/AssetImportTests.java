package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.importing.RowProblem;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.web.ImportSheet;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Import all-or-nothing with per-row errors, idempotent re-import of 10,000 rows, export contents. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
class AssetImportTests {

    static final String HEADER = String.join(",", AssetLayout.COLUMNS);

    @Autowired
    AssetImport imports;
    @Autowired
    AssetExport export;
    @Autowired
    JdbcClient jdbc;

    AssetFixture.Town town;

    @BeforeEach
    void setUp() {
        town = AssetFixture.town(jdbc, ClassificationScheme.R6_10);
    }

    static String row(String number, String name, String kind, String unit, String zone, String conf, String containers) {
        return String.join(",", number, name, "", kind, "説明", unit, "", "サーバ室", zone, "5年", "○", "", "", "1,200"
                .replace(",", ""), conf, "理由", "2", "", "1", "", containers);
    }

    static ImportSheet.Sheet csv(List<String> rows) throws Exception {
        var text = "\uFEFF" + HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
        return ImportSheet.read(text.getBytes(StandardCharsets.UTF_8), "test.csv");
    }

    interface Export {
        void run() throws java.io.IOException;
    }

    /** Exports as a job does: the register reaches nobody's units when no one runs the code. */
    static void asSystem(Export export) {
        Actor.system("test").runAs(() -> {
            try {
                export.run();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?").param(town.tenantId())
                .query(Long.class).single();
    }

    private long trail() {
        return jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ?").param(town.tenantId()).query(Long.class)
                .single();
    }

    @Test
    void oneBadRowWritesNothingAndTheErrorNamesRowAndColumn() throws Exception {
        var sheet = csv(List.of(
                row("A-1", "住民記録データ", "情報（電子）", "総務課", "マイナンバー利用事務系", "3B", ""),
                row("A-2", "課税データ", "情報（電子）", "税務住民課", "LGWAN接続系", "4", ""),
                row("A-3", "広報誌原稿", "情報（電子）", "存在しない課", "LGWAN接続系", "1", "")));

        var plan = Actor.system("test").callAs(() -> imports.plan(town.tenantId(), sheet));

        assertThat(plan.valid()).isFalse();
        assertThat(plan.problems).extracting(RowProblem::row, RowProblem::column,
                RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "機密性", "asset.import.error.invalid"),
                org.assertj.core.groups.Tuple.tuple(4, "所管課", "asset.import.error.unknownUnit"));
        assertThatThrownBy(() -> Actor.system("test").runAs(() -> imports.apply(town.tenantId(), sheet, "test.csv")))
                .isInstanceOf(AssetRefused.class);
        assertThat(count("information_asset")).isZero();
        assertThat(trail()).isZero();
    }

    @Test
    void aSystemBelowWhatItHoldsInTheFileIsAnErrorOnTheSystemsRow() throws Exception {
        var sheet = csv(List.of(
                row("S-1", "住民記録システム", "情報システム", "100", "マイナンバー利用事務系", "2", ""),
                row("A-1", "住民記録データ", "情報（電子）", "総務課", "マイナンバー利用事務系", "3B", "S-1"),
                row("A-1", "重複", "情報（電子）", "総務課", "", "1", "")));
        var plan = Actor.system("test").callAs(() -> imports.plan(town.tenantId(), sheet));
        assertThat(plan.problems).extracting(RowProblem::row, RowProblem::column)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(4, "台帳番号"),
                        org.assertj.core.groups.Tuple.tuple(2, "機密性"));
    }

    @Test
    void tenThousandRowsImportAndTheSameFileAgainChangesNothing() throws Exception {
        var rows = new java.util.ArrayList<String>();
        rows.add(row("S-00001", "住民記録システム", "情報システム", "総務課", "マイナンバー利用事務系", "3B", ""));
        for (int i = 2; i <= 10_000; i++) {
            var unit = i % 2 == 0 ? "総務課" : "120";
            rows.add(row(String.format("A-%05d", i), "情報資産 " + i + " ジュウミン", "情報（電子）", unit, "LGWAN接続系",
                    i % 3 == 0 ? "2" : "1", i % 1000 == 0 ? "S-00001" : ""));
        }
        var sheet = csv(rows);

        var first = Actor.system("test").callAs(() -> imports.apply(town.tenantId(), sheet, "register.csv"));
        assertThat(first.getCreated()).isEqualTo(10_000);
        assertThat(count("information_asset")).isEqualTo(10_000);
        assertThat(count("asset_holding")).isEqualTo(10);
        long trail = trail();
        // One entry for the run, and one on each new asset for its history.
        assertThat(trail).isEqualTo(1 + 10_000);
        var versions = jdbc.sql("SELECT SUM(version) FROM information_asset WHERE tenant_id = ?").param(town.tenantId())
                .query(Long.class).single();

        var sameFile = csv(rows);
        var again = Actor.system("test").callAs(() -> imports.apply(town.tenantId(), sameFile, "register.csv"));

        assertThat(again.getCreated()).isZero();
        assertThat(again.getUpdated()).isZero();
        assertThat(again.getUnchanged()).isEqualTo(10_000);
        assertThat(count("information_asset")).isEqualTo(10_000);
        assertThat(count("asset_holding")).isEqualTo(10);
        assertThat(trail()).isEqualTo(trail);
        assertThat(jdbc.sql("SELECT SUM(version) FROM information_asset WHERE tenant_id = ?").param(town.tenantId())
                .query(Long.class).single()).isEqualTo(versions);
    }

    @Test
    void aChangedRowUpdatesOnlyThatAssetAndExportReadsBackTheSame() throws Exception {
        var rows = List.of(
                row("S-1", "住民記録システム", "情報システム", "総務課", "マイナンバー利用事務系", "3B", ""),
                row("A-1", "住民記録データ", "情報（電子）", "総務課", "マイナンバー利用事務系", "3B", "S-1"),
                row("P-1", "=HYPERLINK(\"x\")", "情報（書面）", "税務住民課", "", "1", ""));
        Actor.system("test").runAs(() -> {
            try {
                imports.apply(town.tenantId(), csv(rows), "a.csv");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        var changed = List.of(rows.get(0), rows.get(1).replace("住民記録データ", "住民記録データ（改）"), rows.get(2));
        var plan = Actor.system("test").callAs(() -> {
            try {
                return imports.apply(town.tenantId(), csv(changed), "b.csv");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(plan.getUpdated()).isEqualTo(1);
        assertThat(plan.getUnchanged()).isEqualTo(2);

        var out = new ByteArrayOutputStream();
        asSystem(() -> export.csv(town.tenantId(), RegisterQuery.all(), out));
        var csvText = out.toString(StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFF台帳番号,名称");
        assertThat(csvText).contains("A-1,住民記録データ（改）,,情報（電子）,説明,総務課,,サーバ室,マイナンバー利用事務系,5年,○,,,1200,3B,理由,2,,1,,S-1,使用中");
        assertThat(csvText).contains("'=HYPERLINK");
        // The export imports back without any change.
        var exported = ImportSheet.read(out.toByteArray(), "export.csv");
        var back = Actor.system("test").callAs(() -> imports.plan(town.tenantId(), exported));
        assertThat(back.problems).isEmpty();
        assertThat(back.getUnchanged()).isEqualTo(3);

        var xlsx = new ByteArrayOutputStream();
        asSystem(() -> export.xlsx(town.tenantId(), new RegisterQuery("", null, "MY_NUMBER", null, null, false,
                RegisterQuery.Sort.NUMBER, false, 0, 50), xlsx));
        try (var workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A-1");
            assertThat(sheet.getRow(2).getCell(14).getStringCellValue()).isEqualTo("3B");
        }
        var exportedXlsx = ImportSheet.read(xlsx.toByteArray(), "export.xlsx");
        var backFromXlsx = Actor.system("test").callAs(() -> imports.plan(town.tenantId(), exportedXlsx));
        assertThat(backFromXlsx.problems).isEmpty();
        assertThat(backFromXlsx.getUnchanged()).isEqualTo(2);
    }

    @Test
    void aZoneThatIsNotOneTheExportWritesIsARowProblemNamingTheAllowedValues() throws Exception {
        var sheet = csv(List.of(row("A-1", "住民記録データ", "情報（電子）", "総務課", "LGWAN", "2", "")));

        var plan = Actor.system("test").callAs(() -> imports.plan(town.tenantId(), sheet));

        assertThat(plan.valid()).isFalse();
        assertThat(plan.problems).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("ゾーン");
            assertThat(problem.messageKey()).isEqualTo("asset.import.error.invalid");
            assertThat(problem.arguments()).containsExactly("LGWAN", "マイナンバー利用事務系、LGWAN接続系、インターネット接続系、なし");
        });
    }

    @Test
    void shiftJisCsvFromExcelIsRead() throws Exception {
        var text = HEADER + "\r\n" + row("A-1", "住民記録データ", "情報（電子）", "総務課", "", "2", "") + "\r\n";
        var sheet = ImportSheet.read(text.getBytes(java.nio.charset.Charset.forName("windows-31j")), "sjis.csv");
        var plan = Actor.system("test").callAs(() -> imports.plan(town.tenantId(), sheet));
        assertThat(plan.problems).isEmpty();
        assertThat(plan.created.get(0).details().name()).isEqualTo("住民記録データ");
        assertThat(plan.created.get(0).details().ownerUnitId()).isEqualTo(town.soumu());
        assertThat(UUID.class).isNotNull();
    }
}
