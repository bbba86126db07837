package jp.mamori.policy;

import java.util.Objects;
import java.util.UUID;

import jp.mamori.kernel.Decision;

/**
 * 情報セキュリティポリシーの文書 (基本方針, 対策基準, 実施手順, …): its kind, title, disclosure level and audience. The
 * text lives in its {@link Revision}s. Not thread-safe; one instance per use case.
 */
final class PolicyDocument {

    private final UUID id;
    private final UUID tenantId;
    private final DocumentKind kind;
    private String title;
    private Disclosure disclosure;
    private Audience audience;
    private final long version;

    PolicyDocument(UUID id, UUID tenantId, DocumentKind kind, String title, Disclosure disclosure, Audience audience,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.version = version;
    }

    /**
     * A new document; refused when a 実施手順 would be public (seed 10) or a 関係者限り document names nobody.
     * The refusal comes back as the decision; the document only when allowed.
     */
    static Decision check(DocumentKind kind, Disclosure disclosure, Audience audience) {
        if (kind == DocumentKind.PROCEDURE && disclosure == Disclosure.PUBLIC) {
            return Decision.refuse("policy.refused.procedureNotPublic");
        }
        if (disclosure == Disclosure.RESTRICTED && audience.isEmpty()) {
            return Decision.refuse("policy.refused.emptyAudience");
        }
        return Decision.ALLOWED;
    }

    static PolicyDocument create(UUID tenantId, DocumentKind kind, String title, Disclosure disclosure,
            Audience audience) {
        check(kind, disclosure, audience).orThrow(PolicyRefused::new);
        return new PolicyDocument(UUID.randomUUID(), tenantId, kind, title.strip(), disclosure,
                disclosure == Disclosure.RESTRICTED ? audience : Audience.NOBODY, 0);
    }

    /** Changes title, disclosure and audience together; refused as {@link #check} says. */
    Decision describe(String newTitle, Disclosure newDisclosure, Audience newAudience) {
        var decision = check(kind, newDisclosure, newAudience);
        if (decision.allowed()) {
            this.title = newTitle.strip();
            this.disclosure = newDisclosure;
            this.audience = newDisclosure == Disclosure.RESTRICTED ? newAudience : Audience.NOBODY;
        }
        return decision;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    DocumentKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    Disclosure disclosure() {
        return disclosure;
    }

    Audience audience() {
        return audience;
    }

    long version() {
        return version;
    }
}
