package jp.mamori.web;

import java.util.Objects;
import java.util.UUID;

/**
 * A state-changing request that a domain rule refused (a self-approval, a requester approving their own
 * disposal), published so that the audit trail keeps the attempt with its reason although the change itself
 * was rolled back. Immutable.
 *
 * @param tenantId the signed-in user's tenant
 * @param request the method and path, for example {@code POST /policies/…/approve}
 * @param messageKey the refusal's message key, kept so that the reason can be shown in any language
 * @param reason the reason in the installation's default language (Japanese), as the user read it
 */
public record AttemptRefused(UUID tenantId, String request, String messageKey, String reason) {

    public AttemptRefused {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(reason, "reason");
    }
}
