package jp.mamori.sanitizer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/mail");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void mailIsSanitisedWithAJsonReport() throws Exception {
        Path out = dir.resolve("out.eml");
        Path report = dir.resolve("r.json");
        int status = run("mail", CORPUS.resolve("gmail-html-active.eml").toString(), "-o", out.toString(), "--report",
                report.toString());
        assertThat(status).isZero();
        assertThat(Files.readString(out)).contains("X-Mamori-Sanitized: verdict=sanitised; policy=lgwan-strict");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("format").asText()).isEqualTo("mamori-sanitizer-report/1");
        assertThat(json.get("verdict").asText()).isEqualTo("SANITISED");
        assertThat(json.get("findings").get(0).get("kind").asText()).isNotBlank();
        assertThat(json.get("output").asText()).isEqualTo(out.toString());
    }

    @Test
    void blockedMailExitsThreeAndLeavesNoOutput() throws Exception {
        Path out = dir.resolve("out.eml");
        Files.writeString(out, "stale");
        int status = run("mail", CORPUS.resolve("hostile-duplicate-boundary.eml").toString(), "-o", out.toString());
        assertThat(status).isEqualTo(3);
        assertThat(out).doesNotExist();
        assertThat(err()).contains("blocked:").contains("boundary");
    }

    @Test
    void heldAttachmentsAreSavedBesideTheOutput() throws Exception {
        Path out = dir.resolve("out.eml");
        Path report = dir.resolve("r.json");
        int status = run("mail", CORPUS.resolve("outlook-iso2022jp-alternative.eml").toString(), "-o", out.toString(),
                "--attachments", "hold", "--report", report.toString());
        assertThat(status).isZero();
        JsonNode held = new ObjectMapper().readTree(report.toFile()).get("held").get(0);
        assertThat(held.get("fileName").asText()).isEqualTo("見積書①（2026年度）.xlsx");
        assertThat(Path.of(held.get("savedAs").asText())).exists();
    }

    @Test
    void usageErrorsSayWhatWasWrong() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("scan", "x")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'scan'");
        assertThat(run("mail", CORPUS.resolve("eucjp-plain.eml").toString())).isEqualTo(2);
        assertThat(err()).contains("needs -o");
        assertThat(run("mail", "does-not-exist.eml", "-o", "x.eml")).isEqualTo(2);
        assertThat(err()).contains("check the path");
        assertThat(run("mail", CORPUS.resolve("eucjp-plain.eml").toString(), "-o", "x", "--attachments", "keep"))
                .isEqualTo(2);
        assertThat(err()).contains("remove, convert or hold");
        assertThat(run("batch", CORPUS.toString(), "-o", dir.toString(), "--threads", "0")).isEqualTo(2);
    }

    @Test
    void batchWritesEveryResultAndASummary() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (String name : new String[] {"eucjp-plain.eml", "hostile-two-content-types.eml", "iphone-utf8-html-inline-image.eml"}) {
            Files.copy(CORPUS.resolve(name), in.resolve(name));
        }
        Path outDir = dir.resolve("out");
        int status = run("batch", in.toString(), "-o", outDir.toString(), "--threads", "2");
        assertThat(status).isEqualTo(3);
        assertThat(outDir.resolve("eucjp-plain.eml")).exists();
        assertThat(outDir.resolve("hostile-two-content-types.eml")).doesNotExist();
        assertThat(outDir.resolve("hostile-two-content-types.eml.report.json")).exists();
        assertThat(err()).contains("[3/3] 1 blocked").contains("total").contains("blocked: hostile-two-content-types.eml");
    }
}
