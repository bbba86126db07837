package jp.mamori.sanitizer.worker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.FindingKind;

import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;

/**
 * Opens Outlook's TNEF container (winmail.dat) inside the worker, because POI's HMEF parser is Office
 * parsing like any other and must not run in the calling process. The files inside come back packed in a
 * plain ZIP (stored, names in UTF-8, in their TNEF order) that the calling side unpacks and hands to the
 * attachment policy one by one; the RTF body is dropped, since the mail's own text body says the same.
 */
final class TnefOpen {

    private final FileLimits limits;

    TnefOpen(FileLimits limits) {
        this.limits = limits;
    }

    Disarmed open(byte[] winmail) throws IOException {
        HMEFMessage message = new HMEFMessage(new ByteArrayInputStream(winmail));
        List<Attachment> files = message.getAttachments();
        if (files.size() > limits.maxArchiveEntries()) {
            return Disarmed.blocked("application/vnd.ms-tnef", "winmail.dat", FindingKind.OVER_LIMIT,
                    "more than " + limits.maxArchiveEntries() + " files in winmail.dat");
        }
        var packed = new ByteArrayOutputStream();
        long total = 0;
        try (var zip = new ZipOutputStream(packed, StandardCharsets.UTF_8)) {
            int index = 0;
            for (Attachment file : files) {
                index++;
                byte[] content = file.getContents() == null ? new byte[0] : file.getContents();
                total += content.length;
                if (total > limits.maxExpandedBytes()) {
                    return Disarmed.blocked("application/vnd.ms-tnef", "winmail.dat", FindingKind.OVER_LIMIT,
                            "the files in winmail.dat exceed " + limits.maxExpandedBytes() + " bytes");
                }
                String name = file.getLongFilename() != null ? file.getLongFilename() : file.getFilename();
                // The index keeps entries distinct and ordered whatever names the sender chose.
                zip.putNextEntry(new ZipEntry(index + "/" + (name == null ? "" : name.replace('/', '_'))));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return Disarmed.passed("application/vnd.ms-tnef", packed.toByteArray(), "application/zip", "zip", List.of());
    }
}
