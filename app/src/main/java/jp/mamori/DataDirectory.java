package jp.mamori;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Keeps the data directory ({@code mamori.data-dir}: the embedded database with session ids, password hashes and
 * outbox bodies, the keys, uploaded evidence) readable by the app's own user only (issue 20, finding 5). Before
 * anything opens it, the directory and its {@code db} and {@code keys} folders are created 0700; once the context
 * has started, the files the app itself wrote there (H2's, whose modes follow the umask, and the keys') are set to
 * 0600 and their folders to 0700. Anything in the directory that others may still read or enter — an older
 * installation's 0755, an operator's own choice — is not changed but named in a warning at every start. POSIX
 * file systems only; elsewhere it does nothing. Registered on the {@code SpringApplication} in {@code main}, so it
 * runs before the database is opened. Thread-safe (stateless apart from the path).
 */
final class DataDirectory implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);
    static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    /** The folders whose contents only the app writes. */
    static final List<String> OWN = List.of("db", "keys");

    private final boolean createMissing;
    private volatile Path root;

    /** @param createMissing false for the administration commands, which must never make a new installation */
    DataDirectory(boolean createMissing) {
        this.createMissing = createMissing;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            var configured = prepared.getEnvironment().getProperty("mamori.data-dir");
            if (configured != null && !configured.isBlank()) {
                root = Path.of(configured).toAbsolutePath().normalize();
                if (createMissing) {
                    prepare(root);
                }
            }
        } else if (event instanceof ApplicationStartedEvent && root != null && Files.isDirectory(root)) {
            tighten(root);
            wider(root).forEach(path -> log.warn("{} can be read or entered by other users of this machine; "
                    + "the data directory holds password hashes, sessions and keys: chmod -R go-rwx {}", path, root));
        }
    }

    /** Creates the directory and the app's own folders 0700 where they are missing. */
    static void prepare(Path root) {
        if (!posix(root)) {
            return;
        }
        try {
            create(root);
            for (var own : OWN) {
                create(root.resolve(own));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + root, e);
        }
    }

    /** Sets the app's own folders 0700 and their files 0600. */
    static void tighten(Path root) {
        if (!posix(root)) {
            return;
        }
        for (var own : OWN) {
            var folder = root.resolve(own);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                for (var path : (Iterable<Path>) paths::iterator) {
                    if (!Files.isSymbolicLink(path)) {
                        Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_DIRECTORY : OWNER_FILE);
                    }
                }
            } catch (IOException e) {
                log.warn("cannot restrict the permissions under {}: {}", folder, e.getMessage());
            }
        }
    }

    /** The directory itself and what lies under it (two levels deep) that group or others may read or enter. */
    static List<Path> wider(Path root) {
        var found = new ArrayList<Path>();
        if (!posix(root) || !Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> paths = Files.walk(root, 2)) {
            for (var path : (Iterable<Path>) paths::iterator) {
                if (!Files.isSymbolicLink(path) && open(Files.getPosixFilePermissions(path))) {
                    found.add(path);
                }
            }
        } catch (IOException e) {
            log.warn("cannot check the permissions under {}: {}", root, e.getMessage());
        }
        return found;
    }

    private static boolean open(Set<PosixFilePermission> permissions) {
        var others = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        others.retainAll(permissions);
        return !others.isEmpty();
    }

    private static void create(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        var parent = directory.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // The attribute is filtered by the umask, which never adds bits: 0700 or narrower.
        Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
