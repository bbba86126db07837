package jp.mamori.tenant;

import java.util.List;
import java.util.UUID;

/**
 * Module API, implemented by modules whose records may rest on the tenant's separation model: what a change of
 * model puts in doubt, listed on the settings result page so that the person who switched reads it at once.
 * Implementations must filter by tenant and be thread-safe.
 */
public interface SeparationModelChange {

    /** Lines to look at again after the model changed from {@code before} to {@code after}, in the reader's language. */
    List<Doubt> doubts(UUID tenantId, SeparationModel before, SeparationModel after);

    /** One thing to check: what it is, why it is in doubt, and its page. */
    record Doubt(String title, String why, String href) {
    }
}
