package jp.mamori.trail;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.mamori.web.Command;

import org.springframework.stereotype.Component;

/**
 * {@code trail export-checkpoints DIR}: writes every stored checkpoint as {@code checkpoint-<size>.txt}
 * and the public key as {@code trail-ed25519.pub}, for copying to a place the database's administrators
 * cannot write (the audit office, a write-once share). Existing files are left as they are.
 */
@Component
class ExportCheckpointsCommand implements Command {

    private final TrailCheckpoints checkpoints;
    private final TrailSigningKey key;

    ExportCheckpointsCommand(TrailCheckpoints checkpoints, TrailSigningKey key) {
        this.checkpoints = checkpoints;
        this.key = key;
    }

    @Override
    public String group() {
        return "trail";
    }

    @Override
    public String name() {
        return "export-checkpoints";
    }

    @Override
    public String usage() {
        return "DIR — writes the signed checkpoints and the public key into DIR";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("error: one directory expected");
            err.println("usage: trail export-checkpoints " + usage());
            return 1;
        }
        var directory = Path.of(args.get(0));
        try {
            var written = export(directory);
            out.printf("%d checkpoints written to %s%n", written, directory);
            return 0;
        } catch (IOException e) {
            err.println("error: cannot write to " + directory + ": " + e.getMessage());
            return 1;
        }
    }

    int export(Path directory) throws IOException {
        Files.createDirectories(directory);
        var written = 0;
        for (var stored : checkpoints.all()) {
            var file = directory.resolve(fileName(stored.size()));
            if (!Files.exists(file)) {
                Files.writeString(file, stored.note());
                written++;
            }
        }
        var publicKey = key.publicKeyFile();
        var target = directory.resolve("trail-ed25519.pub");
        if (Files.exists(publicKey) && !Files.exists(target)) {
            Files.copy(publicKey, target);
        }
        return written;
    }

    static String fileName(long size) {
        return String.format("checkpoint-%012d.txt", size);
    }
}
