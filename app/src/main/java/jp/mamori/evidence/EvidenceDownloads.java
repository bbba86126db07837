package jp.mamori.evidence;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The response that downloads a stored evidence file, the same for every module that keeps evidence: its own media
 * type and length, an attachment with the name it was uploaded under, and {@code nosniff} so that a browser never
 * renders it as something else. The caller checks the reader's permission and reach on the owning object first.
 * Thread-safe.
 */
@Component
public class EvidenceDownloads {

    private final EvidenceManagement evidence;

    EvidenceDownloads(EvidenceManagement evidence) {
        this.evidence = evidence;
    }

    /** The file of {@code module}'s evidence; {@link EvidenceNotFound} when absent or a link. */
    public ResponseEntity<StreamingResponseBody> download(UUID tenantId, Evidence file) {
        if (!file.file()) {
            throw new EvidenceNotFound(file.id());
        }
        StreamingResponseBody body = out -> {
            try (var in = evidence.open(tenantId, file)) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
