package jp.mamori.sanitizer.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hmef.HMEFMessage;

/**
 * Opens Outlook's TNEF container (winmail.dat) with POI HMEF so that the files inside are handled like
 * any other attachment instead of travelling hidden in an opaque blob. The RTF body inside is dropped:
 * the mail's own text body says the same.
 */
final class Tnef {

    private Tnef() {
    }

    static boolean is(Entity e, String fileName) {
        String type = e.mediaType();
        return type.equals("application/ms-tnef") || type.equals("application/vnd.ms-tnef")
                || (fileName != null && fileName.equalsIgnoreCase("winmail.dat"));
    }

    /** The files inside; throws IOException or a runtime exception for anything unreadable. */
    static List<Attachment> open(Entity e, int maxFiles) throws IOException {
        HMEFMessage message = new HMEFMessage(new ByteArrayInputStream(e.body));
        List<Attachment> files = new ArrayList<>();
        int index = 0;
        for (org.apache.poi.hmef.Attachment a : message.getAttachments()) {
            if (++index > maxFiles) {
                throw new IOException("more than " + maxFiles + " files in winmail.dat");
            }
            String name = a.getLongFilename() != null ? a.getLongFilename() : a.getFilename();
            String location = e.location + "/winmail.dat/" + index;
            byte[] content = a.getContents();
            files.add(new Attachment(location, FileNames.safe(name, location, "application/octet-stream"),
                    "application/octet-stream", content == null ? new byte[0] : content));
        }
        return files;
    }
}
