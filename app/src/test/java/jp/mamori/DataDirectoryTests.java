package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20, finding 5: the data directory and the app's own files are for the app's user only (POSIX). */
class DataDirectoryTests {

    @TempDir Path temp;

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewDataDirectoryAndItsFoldersAreCreated0700() throws Exception {
        var root = temp.resolve("installation/data");
        DataDirectory.prepare(root);
        assertThat(mode(root)).isEqualTo("rwx------");
        assertThat(mode(root.resolve("db"))).isEqualTo("rwx------");
        assertThat(mode(root.resolve("keys"))).isEqualTo("rwx------");
        assertThat(DataDirectory.wider(root)).isEmpty();
    }

    @Test
    void theDatabaseFilesAreSetTo0600AndAnythingWiderIsNamed() throws Exception {
        var root = temp.resolve("data");
        DataDirectory.prepare(root);
        // As H2 writes them under umask 022.
        var database = Files.createFile(root.resolve("db/mamori.mv.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        var evidence = Files.createDirectory(root.resolve("evidence"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(evidence, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(DataDirectory.wider(root)).contains(database, evidence);

        DataDirectory.tighten(root);
        assertThat(mode(database)).isEqualTo("rw-------");
        // Not the app's own folder: left as the operator has it, but still named in the warning.
        assertThat(DataDirectory.wider(root)).containsExactly(evidence);
    }

    @Test
    void anOldWorldReadableDirectoryIsReported() throws Exception {
        var root = Files.createDirectory(temp.resolve("old"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(DataDirectory.wider(root)).containsExactly(root);
    }
}
