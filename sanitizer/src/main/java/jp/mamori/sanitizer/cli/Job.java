package jp.mamori.sanitizer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.HeldAttachment;
import jp.mamori.sanitizer.MailResult;
import jp.mamori.sanitizer.Report;
import jp.mamori.sanitizer.Sanitizer;

/**
 * Sanitises one input file to one output file and writes its report. A blocked input leaves no output
 * file behind (a stale one from an earlier run is deleted), so nothing unsafe can be picked up by mistake.
 */
final class Job {

    /** What happened to one input, for the summary. */
    record Outcome(Path input, Path output, Report report) {
    }

    private Job() {
    }

    static Outcome mail(Sanitizer sanitizer, Path input, Path output, Path reportFile) throws IOException {
        MailResult result = sanitizer.sanitiseMail(Files.readAllBytes(input));
        List<Map<String, Object>> held = new ArrayList<>();
        if (result.isBlocked()) {
            Files.deleteIfExists(output);
        } else {
            write(output, result.message());
            if (!result.held().isEmpty()) {
                Path dir = output.resolveSibling(output.getFileName() + ".held");
                Files.createDirectories(dir);
                for (HeldAttachment h : result.held()) {
                    Path saved = dir.resolve(h.referenceId());
                    Files.write(saved, h.content());
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("referenceId", h.referenceId());
                    item.put("fileName", h.fileName());
                    item.put("size", h.size());
                    item.put("sha256", h.sha256());
                    item.put("savedAs", saved.toString());
                    held.add(item);
                }
            }
        }
        if (reportFile != null) {
            new ReportJson("mail", input, sanitizer.policy().name(), result.report())
                    .output(result.isBlocked() ? null : output).held(held).write(reportFile);
        }
        return new Outcome(input, result.isBlocked() ? null : output, result.report());
    }

    static Outcome file(Sanitizer sanitizer, Path input, Path output, Path reportFile) throws IOException {
        FileResult result = sanitizer.sanitiseFile(Files.readAllBytes(input), input.getFileName().toString());
        if (result.report().isBlocked()) {
            Files.deleteIfExists(output);
        } else {
            write(output, result.content());
        }
        if (reportFile != null) {
            ReportJson json = new ReportJson("file", input, sanitizer.policy().name(), result.report())
                    .output(result.report().isBlocked() ? null : output);
            json.write(reportFile);
        }
        return new Outcome(input, result.report().isBlocked() ? null : output, result.report());
    }

    private static void write(Path output, byte[] content) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(output, content);
    }
}
