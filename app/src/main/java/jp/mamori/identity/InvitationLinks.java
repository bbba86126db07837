package jp.mamori.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.notification.SealedLink;
import jp.mamori.trail.Trail;
import jp.mamori.web.BaseUrl;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitation mail's link, issued by the outbox at the moment of sending and never before (issue 20, finding 1):
 * each sending gets a fresh token whose hash replaces the invitation's, so the outbox row, its admin page and an
 * earlier failed attempt hold nothing that works. A mail given up revokes its invitation. Thread-safe.
 */
@Component
class InvitationLinks implements SealedLink {

    static final String KEY_PREFIX = "identity.invitation:";

    private final Invitations invitations;
    private final Trail trail;
    private final BaseUrl baseUrl;
    private final Clock clock;

    InvitationLinks(Invitations invitations, Trail trail, BaseUrl baseUrl, Clock clock) {
        this.invitations = invitations;
        this.trail = trail;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    static String key(UUID invitationId) {
        return KEY_PREFIX + invitationId;
    }

    @Override
    public String keyPrefix() {
        return KEY_PREFIX;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> issue(UUID tenantId, String deduplicationKey) {
        var id = id(deduplicationKey);
        var token = Secrets.token();
        if (id == null || !invitations.replaceToken(tenantId, id, Secrets.sha256(token), clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(link(token));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdrawn(UUID tenantId, String deduplicationKey) {
        var id = id(deduplicationKey);
        if (id != null && invitations.revoke(tenantId, id, clock.instant())) {
            trail.record(tenantId, "identity.invitation.revoked", "AccountInvitation", id.toString(),
                    Actor.current().name() + " が招待メールの送信を中止したため、招待を取消し");
        }
    }

    String link(String token) {
        return baseUrl.value() + "/invitations/" + token;
    }

    private static UUID id(String deduplicationKey) {
        try {
            return UUID.fromString(deduplicationKey.substring(KEY_PREFIX.length()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }
}
