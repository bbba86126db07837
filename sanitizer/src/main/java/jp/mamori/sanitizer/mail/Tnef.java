package jp.mamori.sanitizer.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.sanitizer.UnpackedFile;

/**
 * Outlook's TNEF container (winmail.dat): the files inside are handled like any other attachment instead
 * of travelling hidden in an opaque blob. The container is opened by the file engine in a worker process
 * (POI's HMEF parser is Office parsing, which never runs in the calling process).
 */
final class Tnef {

    private Tnef() {
    }

    static boolean is(Entity e, String fileName) {
        String type = e.mediaType();
        return type.equals("application/ms-tnef") || type.equals("application/vnd.ms-tnef")
                || (fileName != null && fileName.equalsIgnoreCase("winmail.dat"));
    }

    /** The files inside, opened by {@code unpacker} (a worker process); throws IOException when unreadable. */
    static List<Attachment> open(Entity e, int maxFiles, AttachmentDisarm unpacker) throws IOException {
        List<UnpackedFile> unpacked = unpacker.unpackTnef(e.body);
        if (unpacked.size() > maxFiles) {
            throw new IOException("more than " + maxFiles + " files in winmail.dat");
        }
        List<Attachment> files = new ArrayList<>();
        int index = 0;
        for (UnpackedFile file : unpacked) {
            String location = e.location + "/winmail.dat/" + ++index;
            files.add(new Attachment(location, FileNames.safe(file.name().isEmpty() ? null : file.name(), location,
                    "application/octet-stream"), "application/octet-stream", file.content()));
        }
        return files;
    }
}
