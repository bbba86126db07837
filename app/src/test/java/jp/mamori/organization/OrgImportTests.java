package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.TenantRegistration;
import jp.mamori.web.TableExport.ExportFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Import of units and staff: all or nothing, idempotent, in the encodings HR systems write. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
class OrgImportTests {

    @Autowired OrgImport imports;
    @Autowired OrgExport exports;
    @Autowired TenantRegistration registration;
    @Autowired OrgUnits units;
    @Autowired StaffRegister staff;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    static final String UNITS_CSV = """
            組織コード,名称,名称（かな）,上位組織コード,区分,階層,状態
            1001,総務係,そうむかかり,100,内部部局,係,
            100,総務課,そうむか,,内部部局,課,有効
            200,教育課,きょういくか,,行政委員会,課,有効
            2001,学校教育係,,200,ADMINISTRATIVE_COMMITTEE,SUBSECTION,有効
            """;

    UUID tenantId;

    @BeforeEach
    void newTenant() {
        var n = String.format("%05d", 40000 + (int) (Math.random() * 9999));
        tenantId = transactions.execute(status -> registration.register("取込町" + n, "とりこみちょう", "Torikomi",
                LocalGovernmentCode.withCheckDigit(n), ClassificationScheme.R6_10, SeparationModel.ALPHA, false)).id();
    }

    private OrgImport.Result importCsv(OrgImport.Kind kind, String csv, Charset charset) {
        return Actor.command("test").callAs(() -> imports.importFile(tenantId, kind, "hr.csv", csv.getBytes(charset)));
    }

    private long trailEntries(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = ?").params(tenantId, action)
                .query(Long.class).single();
    }

    @Test
    void importsUnitsWithParentsListedAfterTheirChildrenAndAgainChangesNothing() {
        var first = importCsv(OrgImport.Kind.UNITS, UNITS_CSV, StandardCharsets.UTF_8);
        assertThat(first.created()).isEqualTo(4);
        var tree = units.tree(tenantId);
        var kakari = units.findByCode(tenantId, "1001").orElseThrow();
        assertThat(tree.path(kakari.id())).isEqualTo("総務課 / 総務係");
        var again = importCsv(OrgImport.Kind.UNITS, UNITS_CSV, StandardCharsets.UTF_8);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(units.findByCode(tenantId, "1001").orElseThrow().version()).isEqualTo(kakari.version());
        assertThat(trailEntries("organization.import.units")).isEqualTo(2);
    }

    @Test
    void oneBadRowImportsNothingAndNamesRowAndColumn() {
        var bad = UNITS_CSV + "300,議会事務局,,999,議会事務局,課,有効\n400,,,,内部部局,課,\n";
        assertThatThrownBy(() -> importCsv(OrgImport.Kind.UNITS, bad, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(OrgImport.ImportRefused.class, refused -> assertThat(refused.result.problems())
                        .extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
                        .containsExactly("6:上位組織コード:organization.import.unknownParent",
                                "7:名称:organization.import.required"));
        assertThat(units.all(tenantId)).isEmpty();
        assertThat(trailEntries("organization.import.units")).isZero();
    }

    @Test
    void treeRulesApplyToTheImportedTree() {
        var wrongLevel = UNITS_CSV + "1002,係の下の課,,1001,内部部局,課,有効\n";
        var preview = imports.preview(tenantId, OrgImport.Kind.UNITS, "hr.csv", wrongLevel.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
                .containsExactly("6:階層:organization.unit.refused.levelMismatch");
        var cycle = """
                組織コード,名称,名称（かな）,上位組織コード,区分,階層,状態
                10,甲部,,20,内部部局,部,
                20,乙部,,10,内部部局,部,
                """;
        assertThat(imports.preview(tenantId, OrgImport.Kind.UNITS, "c.csv", cycle.getBytes(StandardCharsets.UTF_8)).valid())
                .isFalse();
    }

    @Test
    void aFileReportsItsValueReferenceAndTreeProblemsInOneRound() {
        var bad = UNITS_CSV
                + "300,,,,内部部局,課,有効\n"                   // a value: no name
                + "400,議会係,,999,議会事務局,係,有効\n"          // a reference: no such parent
                + "1002,係の下の課,,1001,内部部局,課,有効\n";    // the tree's rules: a 課 below a 係
        var preview = imports.preview(tenantId, OrgImport.Kind.UNITS, "hr.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
                .containsExactly("6:名称:organization.import.required",
                        "7:上位組織コード:organization.import.unknownParent",
                        "8:階層:organization.unit.refused.levelMismatch");
    }

    @Test
    void aThousandStaffImportFromShiftJisAndAgainChangeNothing() {
        importCsv(OrgImport.Kind.UNITS, UNITS_CSV, StandardCharsets.UTF_8);
        var csv = new StringBuilder("職員番号,氏名,氏名（かな）,職員区分,所属組織コード,メールアドレス,在職開始日,在職終了日\r\n");
        for (int i = 1; i <= 1000; i++) {
            csv.append(String.format("%06d,髙橋 太郎%d,たかはし たろう,%s,%s,t%d@example.jp,2020/4/1,%s\r\n", i, i,
                    i % 10 == 0 ? "会計年度任用職員" : "職員", i % 2 == 0 ? "1001" : "2001", i, i % 10 == 0 ? "2027-03-31" : ""));
        }
        var sjis = Charset.forName("windows-31j");
        var result = importCsv(OrgImport.Kind.STAFF, csv.toString(), sjis);
        assertThat(result.created()).isEqualTo(1000);
        assertThat(staff.all(tenantId)).hasSize(1000);
        var tenth = staff.findByNumber(tenantId, "000010").orElseThrow();
        assertThat(tenth.name()).isEqualTo("髙橋 太郎10");
        assertThat(tenth.kind()).isEqualTo(StaffKind.FISCAL_YEAR_APPOINTED);
        var again = importCsv(OrgImport.Kind.STAFF, csv.toString(), sjis);
        assertThat(again.unchanged()).isEqualTo(1000);
        assertThat(again.created() + again.updated()).isZero();
        // The same content as UTF-8 with a BOM is the same file.
        var bom = "\uFEFF" + csv;
        assertThat(importCsv(OrgImport.Kind.STAFF, bom, StandardCharsets.UTF_8).unchanged()).isEqualTo(1000);
        assertThat(trailEntries("organization.import.staff")).isEqualTo(3);
    }

    @Test
    void aStaffRowWithProblemsListsEachColumn() {
        importCsv(OrgImport.Kind.UNITS, UNITS_CSV, StandardCharsets.UTF_8);
        var csv = """
                職員番号,氏名,氏名（かな）,職員区分,所属組織コード,メールアドレス,在職開始日,在職終了日
                1,山田 太郎,やまだ たろう,職員,100,yamada@example.jp,2020-04-01,
                1,山田 花子,,正社員,999,not-a-mail,2020-13-01,
                """;
        var preview = imports.preview(tenantId, OrgImport.Kind.STAFF, "s.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).extracting(p -> p.row() + ":" + p.column())
                .containsExactly("3:職員番号", "3:氏名（かな）", "3:職員区分", "3:所属組織コード", "3:メールアドレス", "3:在職開始日");
        assertThat(staff.all(tenantId)).isEmpty();
    }

    @Test
    void exportsWhatWasImportedAndAnExportImportsBackUnchanged() {
        importCsv(OrgImport.Kind.UNITS, UNITS_CSV, StandardCharsets.UTF_8);
        var csv = new String(OrgExport.write(ExportFormat.CSV, "組織", OrgColumns.UNITS, exports.unitRows(tenantId)),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF組織コード,名称,名称（かな）,上位組織コード,区分,階層,状態\r\n100,総務課,そうむか,,内部部局,課,有効\r\n");
        assertThat(csv).contains("2001,学校教育係,,200,行政委員会,係,有効");
        var xlsx = OrgExport.write(ExportFormat.XLSX, "組織", OrgColumns.UNITS, exports.unitRows(tenantId));
        var back = Actor.command("test").callAs(() -> imports.importFile(tenantId, OrgImport.Kind.UNITS, "export.xlsx", xlsx));
        assertThat(back.unchanged()).isEqualTo(4);
        assertThat(back.created() + back.updated()).isZero();
    }

    @Test
    void defusesFormulasInCsvAndTheImportTakesTheApostropheOffAgain() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("@SUM(A1)"));
        var exported = OrgExport.write(ExportFormat.CSV, "組織", List.of("a"), rows);
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("'@SUM(A1)");
        importCsv(OrgImport.Kind.UNITS, UNITS_CSV, StandardCharsets.UTF_8);
        // A unit named like a formula goes out with the apostrophe and comes back without it, unchanged.
        var formulaName = UNITS_CSV.replace("200,教育課,", "200,=教育課,");
        assertThat(importCsv(OrgImport.Kind.UNITS, formulaName, StandardCharsets.UTF_8).updated()).isEqualTo(1);
        var csv = OrgExport.write(ExportFormat.CSV, "組織", OrgColumns.UNITS, exports.unitRows(tenantId));
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(",'=教育課,");
        var back = Actor.command("test").callAs(() -> imports.importFile(tenantId, OrgImport.Kind.UNITS, "export.csv", csv));
        assertThat(back.unchanged()).isEqualTo(4);
        assertThat(units.findByCode(tenantId, "200").orElseThrow().name()).isEqualTo("=教育課");
    }
}
