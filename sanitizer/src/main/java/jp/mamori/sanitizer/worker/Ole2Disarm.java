package jp.mamori.sanitizer.worker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Legacy OLE2 Office (.doc/.xls/.ppt) → a new compound file without the macro and embedded-object storages
 * (Macros, _VBA_PROJECT_CUR, VBA, ObjectPool, MBD…, Ctls), every other stream copied byte for byte. Then
 * the proof DocBleach never made (its HEAD writes every stream empty): the main stream must be identical and
 * the text POI extracts must equal the original's, or the file is blocked. Macros that live inside the main
 * stream (Excel 4 macro sheets, PowerPoint VBA and OLE records) cannot be cut out safely, so those block.
 * Encrypted files (RC4 or an OOXML EncryptedPackage) block. Runs only inside a worker process.
 */
final class Ole2Disarm {
    Ole2Disarm(FileLimits limits) {
    }

    Disarmed disarm(byte[] content) throws IOException {
        POIFSFileSystem source;
        try {
            source = new POIFSFileSystem(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            return Disarmed.blocked(Ole2Kind.GENERIC, "document", FindingKind.AMBIGUOUS_STRUCTURE,
                    "unreadable OLE2 compound file: " + e.getMessage());
        }
        try (POIFSFileSystem fs = source) {
            DirectoryEntry root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                return Disarmed.blocked("application/x-tika-ooxml-protected", "document", FindingKind.ENCRYPTION,
                        "password-protected Office document");
            }
            Ole2Kind kind = Ole2Kind.of(root);
            if (kind == null) {
                return Disarmed.blocked(Ole2Kind.GENERIC, "document", FindingKind.UNKNOWN_TYPE,
                        "OLE2 file that is not a Word, Excel or PowerPoint 97-2003 document");
            }
            byte[] main = stream(root, kind.mainStream);
            String inMain = kind.activeContentInMainStream(main);
            if (inMain != null) {
                return Disarmed.blocked(kind.mediaType, kind.mainStream, FindingKind.MACRO, inMain);
            }
            String before;
            try {
                before = kind.text(content);
            } catch (EncryptedDocumentException e) {
                return Disarmed.blocked(kind.mediaType, "document", FindingKind.ENCRYPTION, "password-protected document");
            }
            List<Finding> findings = new ArrayList<>();
            byte[] rebuilt;
            try (POIFSFileSystem target = new POIFSFileSystem()) {
                copy(root, target.getRoot(), "", findings);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                target.writeFilesystem(out);
                rebuilt = out.toByteArray();
            }
            String proof = verify(kind, rebuilt, main, before);
            if (proof != null) {
                return Disarmed.blocked(kind.mediaType, "document", FindingKind.PROCESSING_FAILURE, proof);
            }
            return Disarmed.passed(kind.mediaType, rebuilt, kind.mediaType, kind.extension, findings);
        }
    }

    /** Null when the rebuilt file keeps the main stream and the text; otherwise why not. */
    private static String verify(Ole2Kind kind, byte[] rebuilt, byte[] main, String before) {
        try (POIFSFileSystem check = new POIFSFileSystem(new ByteArrayInputStream(rebuilt))) {
            if (!Arrays.equals(main, stream(check.getRoot(), kind.mainStream))) {
                return "the document body changed while removing macros; not delivered";
            }
            String after = kind.text(rebuilt);
            if (!after.equals(before)) {
                return "the document text changed while removing macros; not delivered";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "the rebuilt document could not be verified: " + e.getMessage();
        }
    }

    private static void copy(DirectoryEntry from, DirectoryEntry to, String path, List<Finding> findings)
            throws IOException {
        to.setStorageClsid(from.getStorageClsid());
        for (Entry entry : from) {
            String name = entry.getName();
            FindingKind active = activeEntry(name);
            if (active != null) {
                findings.add(new Finding(path + name, active, Action.REMOVED, describe(active, name)));
                continue;
            }
            if (entry instanceof DirectoryEntry dir) {
                copy(dir, to.createDirectory(name), path + name + "/", findings);
            } else if (entry instanceof DocumentEntry doc) {
                byte[] data;
                try (InputStream in = new DocumentInputStream(doc)) {
                    data = in.readAllBytes();
                }
                to.createDocument(name, new ByteArrayInputStream(data));
            }
        }
    }

    /** Storages and streams that hold macros or embedded objects, by their fixed names. */
    private static FindingKind activeEntry(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.equals("MACROS") || n.equals("_VBA_PROJECT_CUR") || n.equals("VBA") || n.equals("_VBA_PROJECT")
                || n.equals("PROJECT") || n.equals("PROJECTWM")) {
            return FindingKind.MACRO;
        }
        if (n.equals("OBJECTPOOL") || n.startsWith("MBD") || n.equals("\u0001OLE10NATIVE")) {
            return FindingKind.OLE_OBJECT;
        }
        if (n.equals("CTLS") || n.equals("\u0003OCXNAME")) {
            return FindingKind.ACTIVE_CONTENT;
        }
        return null;
    }

    private static String describe(FindingKind kind, String name) {
        return switch (kind) {
            case MACRO -> "VBA macro storage removed (" + name + ")";
            case OLE_OBJECT -> "embedded OLE objects removed (" + name + ")";
            default -> "ActiveX control data removed (" + name + ")";
        };
    }

    static byte[] stream(DirectoryEntry root, String name) throws IOException {
        try (InputStream in = new DocumentInputStream((DocumentEntry) root.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}
