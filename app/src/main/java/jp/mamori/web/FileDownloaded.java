package jp.mamori.web;

import java.util.Objects;
import java.util.UUID;

/**
 * A file that left the system as a download (a register export, an evidence file, the trail itself),
 * published once per response so that the audit trail records who took which data out. Immutable.
 *
 * @param tenantId the signed-in user's tenant
 * @param request the path with its query (the filters of the export)
 * @param fileName the name the browser saves it under
 */
public record FileDownloaded(UUID tenantId, String request, String fileName) {

    public FileDownloaded {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(fileName, "fileName");
    }
}
