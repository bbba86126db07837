package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import jp.mamori.web.TableExport.ExportFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed reader gives what the in-memory one gives, for files far larger than a register usually is. */
class ImportSheetStreamingTests {

    static final int ROWS = 200_000;

    @TempDir
    Path dir;

    /** Counts and samples rows without keeping them. */
    static final class Sample implements ImportSheet.Rows {
        List<String> header;
        final AtomicInteger count = new AtomicInteger();
        final List<ImportSheet.SheetRow> kept = new ArrayList<>();

        @Override
        public void header(List<String> names) {
            header = names;
        }

        @Override
        public void row(ImportSheet.SheetRow row) {
            if (count.incrementAndGet() <= 2 || row.number() == ROWS + 1) {
                kept.add(row);
            }
        }
    }

    record Line(int n) {
    }

    static final TableExport<Line> TABLE = TableExport.of("台帳", List.of("番号", "名称", "件数", "日付"),
            line -> Arrays.asList(String.format("A-%06d", line.n()), "=名称 " + line.n(), line.n(),
                    LocalDate.of(2026, 4, 1).plusDays(line.n() % 365)));

    private Path write(ExportFormat format) throws Exception {
        var file = dir.resolve("large." + format.extension());
        try (var out = Files.newOutputStream(file)) {
            TABLE.write(format, sink -> IntStream.rangeClosed(1, ROWS).forEach(n -> sink.accept(new Line(n))), out);
        }
        return file;
    }

    @Test
    void streamsAGeneratedXlsxOfTwoHundredThousandRows() throws Exception {
        var sample = new Sample();
        ImportSheet.stream(write(ExportFormat.XLSX), "large.xlsx", sample);

        assertThat(sample.header).containsExactly("番号", "名称", "件数", "日付");
        assertThat(sample.count).hasValue(ROWS);
        var first = sample.kept.get(0);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.get("番号")).isEqualTo("A-000001");
        assertThat(first.get("件数")).isEqualTo("1");
        assertThat(first.get("日付")).isEqualTo("2026-04-02");
        var last = sample.kept.get(sample.kept.size() - 1);
        assertThat(last.number()).isEqualTo(ROWS + 1);
        assertThat(last.get("番号")).isEqualTo(String.format("A-%06d", ROWS));
    }

    @Test
    void streamsACsvOfTwoHundredThousandRowsLikeTheInMemoryReader() throws Exception {
        var file = write(ExportFormat.CSV);
        var sample = new Sample();
        ImportSheet.stream(file, "large.csv", sample);

        assertThat(sample.count).hasValue(ROWS);
        var inMemory = ImportSheet.read(Files.readAllBytes(file), "large.csv");
        assertThat(sample.header).isEqualTo(inMemory.header());
        assertThat(sample.kept.get(0)).isEqualTo(inMemory.rows().get(0));
        assertThat(sample.kept.get(1)).isEqualTo(inMemory.rows().get(1));
        // The formula guard comes off as in the in-memory reader.
        assertThat(sample.kept.get(0).get("名称")).isEqualTo("=名称 1");
    }

    @Test
    void readsShiftJisAndRefusesBytesThatAreNeither() throws Exception {
        var sjis = dir.resolve("sjis.csv");
        Files.writeString(sjis, "名称,件数\r\n\r\n髙橋,1\r\n", Charset.forName("windows-31j"));
        var sample = new Sample();
        ImportSheet.stream(sjis, "sjis.csv", sample);
        assertThat(sample.kept).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.get("名称")).isEqualTo("髙橋");
        });

        var garbage = dir.resolve("garbage.csv");
        Files.write(garbage, new byte[] {'a', '\n', (byte) 0x82, (byte) 0xFF, (byte) 0xFF});
        assertThatThrownBy(() -> ImportSheet.stream(garbage, "garbage.csv", new Sample()))
                .isInstanceOfSatisfying(ImportSheet.Unreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportSheet.Reason.ENCODING));
        var notXlsx = dir.resolve("broken.xlsx");
        Files.writeString(notXlsx, "PK but no workbook", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportSheet.stream(notXlsx, "broken.xlsx", new Sample()))
                .isInstanceOfSatisfying(ImportSheet.Unreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportSheet.Reason.XLSX));
    }
}
