package jp.mamori.sanitizer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.Report;

/** The JSON report of one input; the format is documented in the module README. */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> root = new LinkedHashMap<>();

    ReportJson(String kind, Path input, String policy, Report report) {
        root.put("format", "mamori-sanitizer-report/1");
        root.put("kind", kind);
        root.put("input", input.toString());
        root.put("policy", policy);
        root.put("verdict", report.verdict().name());
        root.put("detectedType", report.detectedType());
        root.put("blockReason", report.blockReason());
        root.put("output", null);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("location", f.location());
            item.put("kind", f.kind().name());
            item.put("action", f.action().name());
            item.put("detail", f.detail());
            findings.add(item);
        }
        root.put("findings", findings);
    }

    ReportJson output(Path output) {
        root.put("output", output == null ? null : output.toString());
        return this;
    }

    ReportJson held(List<Map<String, Object>> held) {
        root.put("held", held);
        return this;
    }

    void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, JSON.writeValueAsBytes(root));
    }

    String text() throws IOException {
        return JSON.writeValueAsString(root);
    }
}
