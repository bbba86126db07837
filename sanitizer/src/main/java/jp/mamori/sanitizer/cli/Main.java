package jp.mamori.sanitizer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import jp.mamori.sanitizer.Report;
import jp.mamori.sanitizer.Sanitizer;
import jp.mamori.sanitizer.SanitizerPolicy;

/**
 * The command-line tool {@code mamori-sanitize}, for a 情報システム担当者 who wants to sanitise one mail,
 * one file or a directory by hand. See {@link Options#USAGE}; exit status 0 clean or sanitised, 3 blocked,
 * 2 usage error, 1 internal error.
 */
public final class Main {

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USAGE_ERROR = 2;
    static final int BLOCKED = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(Options.USAGE);
            return OK;
        }
        Options options;
        try {
            options = Options.parse(args);
            checkInput(options);
        } catch (UsageError e) {
            err.println("mamori-sanitize: " + e.getMessage());
            err.println(Options.USAGE);
            return USAGE_ERROR;
        }
        SanitizerPolicy policy = SanitizerPolicy.LGWAN_STRICT.withAttachments(options.attachments());
        if (options.attachments() != SanitizerPolicy.LGWAN_STRICT.attachments()) {
            policy = policy.named("lgwan-" + options.attachments().name().toLowerCase(Locale.ROOT));
        }
        try (Sanitizer sanitizer = Sanitizer.create(policy)) {
            return switch (options.command()) {
                case "mail" -> single(Job.mail(sanitizer, options.input(), options.output(), options.report()), err);
                case "file" -> single(Job.file(sanitizer, options.input(), options.output(), options.report()), err);
                default -> batch(sanitizer, options, err);
            };
        } catch (IOException e) {
            err.println("mamori-sanitize: could not read or write: " + e.getMessage());
            return INTERNAL_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("mamori-sanitize: interrupted");
            return INTERNAL_ERROR;
        } catch (RuntimeException e) {
            err.println("mamori-sanitize: internal error: " + e);
            return INTERNAL_ERROR;
        }
    }

    private static void checkInput(Options options) throws UsageError {
        boolean batch = options.command().equals("batch");
        if (batch ? !Files.isDirectory(options.input()) : !Files.isRegularFile(options.input())) {
            throw new UsageError("input " + options.input() + " is not " + (batch ? "a directory" : "a readable file")
                    + "; check the path");
        }
        if (!batch && Files.isDirectory(options.output())) {
            throw new UsageError("-o " + options.output() + " is a directory; give a file name");
        }
    }

    private static int single(Job.Outcome outcome, PrintStream err) {
        Report report = outcome.report();
        if (report.isBlocked()) {
            err.println("blocked: " + report.blockReason());
            return BLOCKED;
        }
        err.println(report.verdict().name().toLowerCase(Locale.ROOT) + ": " + report.findings().size()
                + " finding(s); written to " + outcome.output());
        return OK;
    }

    private static int batch(Sanitizer sanitizer, Options options, PrintStream err)
            throws IOException, InterruptedException {
        List<Job.Outcome> outcomes = Batch.run(sanitizer, options.input(), options.output(), options.threads(), err);
        return outcomes.stream().anyMatch(o -> o.report().isBlocked()) ? BLOCKED : OK;
    }
}
