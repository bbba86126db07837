package jp.mamori.trail;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.web.Command;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code trail verify [--checkpoint FILE …] [--public-key FILE]}: exit 0 when the trail is intact, 2 naming
 * the first bad entry and a reason code, 1 when it cannot check (unreadable file, no database, no key, or a trail
 * without a single entry or checkpoint — "empty" is never reported as "intact").
 * Without {@code --public-key} it uses the public key beside the installation's signing key.
 */
@Component
class VerifyCommand implements Command {

    static final int INTACT = 0;
    static final int TROUBLE = 1;
    static final int TAMPERED = 2;

    private final TrailVerifier verifier;
    private final TrailSigningKey key;

    VerifyCommand(TrailVerifier verifier, TrailSigningKey key) {
        this.verifier = verifier;
        this.key = key;
    }

    @Override
    public String group() {
        return "trail";
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String usage() {
        return "[--checkpoint FILE …] [--public-key FILE] — checks the whole audit trail; exit 0 intact, 2 tampered, 1 error";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        var checkpointFiles = new ArrayList<Path>();
        Path publicKeyFile = null;
        for (var i = 0; i < args.size(); i++) {
            var word = args.get(i);
            if ((word.equals("--checkpoint") || word.equals("--public-key")) && i + 1 < args.size()) {
                var value = Path.of(args.get(++i));
                if (word.equals("--checkpoint")) {
                    checkpointFiles.add(value);
                } else {
                    publicKeyFile = value;
                }
            } else {
                // Not IllegalArgumentException: the runner maps that to 2, which here means "tampered".
                err.println("error: unexpected argument: " + word);
                err.println("usage: trail verify " + usage());
                return TROUBLE;
            }
        }
        PublicKey publicKey;
        var external = new ArrayList<Checkpoint>();
        try {
            var keyFile = publicKeyFile != null ? publicKeyFile : key.publicKeyFile();
            publicKey = Files.exists(keyFile) ? TrailSigningKey.readPublicKey(keyFile) : null;
            if (publicKey == null && publicKeyFile != null) {
                err.println("error: no public key at " + publicKeyFile);
                return TROUBLE;
            }
            for (var file : checkpointFiles) {
                external.add(Checkpoint.parse(Files.readString(file)));
            }
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            err.println("error: cannot read the key or a checkpoint: " + e.getMessage());
            return TROUBLE;
        }
        TrailVerification result;
        try {
            result = verifier.verify(publicKey, external);
        } catch (DataAccessException | IllegalArgumentException e) {
            err.println("error: cannot read the trail: " + e.getMessage());
            return TROUBLE;
        }
        if (publicKey == null && (result.storedCheckpoints() > 0 || !external.isEmpty())) {
            err.println("error: no public key to check the checkpoints' signatures (expected "
                    + key.publicKeyFile() + "); pass --public-key");
            return TROUBLE;
        }
        if (result.entries() == 0 && result.storedCheckpoints() == 0 && external.isEmpty()) {
            // Fail closed: an empty trail proves nothing, and is what a command run against the wrong (new) database
            // would see. Exit 1 ("cannot check"), never 0 ("intact").
            err.println("error: the trail has no entries, so there is nothing to verify — is this the installation's"
                    + " database? (set MAMORI_DATA_DIR or SPRING_DATASOURCE_URL to the one the app uses)");
            return TROUBLE;
        }
        if (result.intact()) {
            out.printf("trail intact: %d entries, %d stored and %d exported checkpoints verified%n",
                    result.entries(), result.storedCheckpoints(), result.externalCheckpoints());
            return INTACT;
        }
        var first = result.first().orElseThrow();
        out.printf("TRAIL TAMPERED: first bad seq %d %s — %s%n", first.seq(), first.reason(), first.detail());
        result.findings().stream().skip(1).forEach(finding -> out.println("  also " + finding));
        return TAMPERED;
    }
}
