package jp.mamori.sanitizer.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.Verdict;
import org.junit.jupiter.api.Test;

class ZipDisarmTests {
    private final FileEngine engine = FileEngineTestSupport.engine();

    @Test
    void disarmsEveryEntryAndRenamesConvertedOnes() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("資料/見積書.docm", OfficeSamples.docm());
        entries.put("資料/memo.txt", "メモ".getBytes(StandardCharsets.UTF_8));
        entries.put("tool.exe", new byte[] {'M', 'Z', 0, 0, 1, 2});
        FileResult result = engine.sanitise(ArchiveSamples.zip(entries), "まとめ.zip");
        assertThat(result.report().verdict()).isEqualTo(Verdict.SANITISED);
        assertThat(names(result.content())).containsExactly("資料/見積書.docx", "資料/memo.txt");
        assertThat(result.report().findings()).anySatisfy(f -> {
            assertThat(f.location()).isEqualTo("まとめ.zip/tool.exe");
            assertThat(f.kind()).isEqualTo(FindingKind.UNKNOWN_TYPE);
        });
        assertThat(result.report().findings()).anySatisfy(f -> assertThat(f.location()).startsWith("まとめ.zip/資料/見積書.docm"));
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
    }

    @Test
    void decodesCp932EntryNamesWithoutTheUtf8Flag() throws IOException {
        byte[] zip = ArchiveSamples.zipWithNamesIn(Charset.forName("windows-31j"),
                Map.of("会議資料①/議事録.txt", "本文".getBytes(Charset.forName("windows-31j"))));
        FileResult result = engine.sanitise(zip, "資料.zip");
        assertThat(result.report().verdict()).isNotEqualTo(Verdict.BLOCKED);
        assertThat(names(result.content())).containsExactly("会議資料①/議事録.txt");
        assertThat(entryText(result.content())).isEqualTo("本文");
    }

    @Test
    void refusesTraversalNames() throws IOException {
        for (String evil : List.of("../../etc/passwd.txt", "/abs.txt", "dir\\..\\x.txt", "C:/x.txt")) {
            FileResult result = engine.sanitise(ArchiveSamples.zip(Map.of(evil, new byte[] {'a'})), "t.zip");
            assertThat(result.report().verdict()).as(evil).isEqualTo(Verdict.BLOCKED);
            assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.AMBIGUOUS_STRUCTURE);
        }
    }

    @Test
    void blocksEncryptedEntries() throws IOException {
        FileResult result = engine.sanitise(ArchiveSamples.encryptedEntry(), "ppap.zip");
        assertThat(result.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.ENCRYPTION);
    }

    @Test
    void blocksAHighRatioBomb() throws IOException {
        FileResult result = engine.sanitise(ArchiveSamples.highRatio(50), "bomb.zip");
        assertThat(result.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.OVER_LIMIT);
    }

    @Test
    void blocksANestedBombByDepthAndEntries() throws IOException {
        FileResult deep = engine.sanitise(ArchiveSamples.nested(6, 1), "deep.zip");
        assertThat(deep.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(deep.report().blockReason()).contains("nested deeper");
        FileResult wide = engine.sanitise(ArchiveSamples.nested(3, 16), "wide.zip");
        assertThat(wide.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(wide.report().blockReason()).contains("entries");
    }

    @Test
    void blocksTooManyEntries() throws IOException {
        FileResult result = engine.sanitise(ArchiveSamples.manyEntries(1_001), "many.zip");
        assertThat(result.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.OVER_LIMIT);
    }

    @Test
    void eicarNeverComesOutUnderAnExecutableName() throws IOException {
        byte[] eicar = ArchiveSamples.eicar().getBytes(StandardCharsets.US_ASCII);
        FileResult asCom = engine.sanitise(eicar, "eicar.com");
        assertThat(asCom.report().verdict()).isEqualTo(Verdict.BLOCKED);
        FileResult zipped = engine.sanitise(ArchiveSamples.zip(Map.of("eicar.com", eicar)), "eicar.zip");
        assertThat(zipped.report().verdict()).isEqualTo(Verdict.BLOCKED);
        // As plain text it stays text, under a text name and media type (see TextDisarm).
        FileResult asText = engine.sanitise(eicar, "eicar.txt");
        assertThat(asText.fileName()).isEqualTo("eicar.txt");
        assertThat(asText.mediaType()).startsWith("text/plain");
        FileResult noName = engine.sanitise(eicar, "eicar");
        assertThat(noName.fileName()).isEqualTo("eicar.txt");
    }

    static List<String> names(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    names.add(e.getName());
                }
            }
        }
        return names;
    }

    private static String entryText(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            in.getNextEntry();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
