package jp.mamori.sanitizer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.sanitizer.AttachmentHandling;

/**
 * A parsed command line: {@code COMMAND INPUT -o OUTPUT [--attachments remove|convert|hold]
 * [--report R.json] [--threads N]}.
 */
record Options(String command, Path input, Path output, AttachmentHandling attachments, Path report, int threads) {

    static final String USAGE = """
            usage: mamori-sanitize mail IN.eml -o OUT.eml [--attachments remove|convert|hold] [--report R.json]
                   mamori-sanitize file IN -o OUT [--report R.json]
                   mamori-sanitize batch INDIR -o OUTDIR [--threads N] [--attachments remove|convert|hold]
            exit status: 0 clean or sanitised, 3 blocked, 2 usage error, 1 internal error""";

    static Options parse(String[] args) throws UsageError {
        if (args.length == 0) {
            throw new UsageError("no command given; use one of mail, file, batch");
        }
        String command = args[0];
        if (!List.of("mail", "file", "batch").contains(command)) {
            throw new UsageError("unknown command '" + command + "'; use one of mail, file, batch");
        }
        List<String> positional = new ArrayList<>();
        Path output = null;
        Path report = null;
        AttachmentHandling attachments = AttachmentHandling.REMOVE;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-o", "--output" -> output = Path.of(value(args, ++i, arg));
                case "--report" -> report = Path.of(value(args, ++i, arg));
                case "--attachments" -> attachments = handling(value(args, ++i, arg));
                case "--threads" -> threads = threads(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageError("unknown option '" + arg + "' for " + command);
                    }
                    positional.add(arg);
                }
            }
        }
        if (positional.size() != 1) {
            throw new UsageError(command + " takes exactly one input, got " + positional.size()
                    + (positional.isEmpty() ? "; give the " + (command.equals("batch") ? "directory" : "file") + " to read" : ": " + positional));
        }
        if (output == null) {
            throw new UsageError(command + " needs -o " + (command.equals("batch") ? "OUTDIR" : "OUT")
                    + ": where to write the sanitised result");
        }
        if (!command.equals("batch") && args.length > 0 && List.of(args).contains("--threads")) {
            throw new UsageError("--threads only applies to batch");
        }
        if (command.equals("file") && List.of(args).contains("--attachments")) {
            throw new UsageError("--attachments only applies to mail and batch");
        }
        if (command.equals("batch") && report != null) {
            throw new UsageError("batch writes one report per input next to each output; drop --report");
        }
        return new Options(command, Path.of(positional.get(0)), output, attachments, report, threads);
    }

    private static String value(String[] args, int index, String option) throws UsageError {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageError(option + " needs a value");
        }
        return args[index];
    }

    private static AttachmentHandling handling(String text) throws UsageError {
        try {
            return AttachmentHandling.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--attachments must be remove, convert or hold, not '" + text + "'");
        }
    }

    private static int threads(String text) throws UsageError {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageError("--threads must be a whole number from 1 to 64, not '" + text + "'");
    }
}
