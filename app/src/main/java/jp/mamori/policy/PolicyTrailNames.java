package jp.mamori.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.trail.TrailObjectNames;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Policy documents and their revisions in the trail viewer, by title (and 版), linked to their pages. */
@Component
class PolicyTrailNames implements TrailObjectNames {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    PolicyTrailNames(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Map<String, ObjectLink> names(UUID tenantId, String objectType, Set<String> ids) {
        var uuids = TrailObjectNames.uuids(ids);
        if (uuids.isEmpty()) {
            return Map.of();
        }
        var found = switch (objectType) {
            case "PolicyDocument" -> jdbc.sql("SELECT id, title FROM policy_document WHERE tenant_id = :tenant AND id IN (:ids)")
                    .param("tenant", tenantId).param("ids", uuids)
                    .query((rs, n) -> Map.entry(rs.getString(1), new ObjectLink(rs.getString(2), "/policies/" + rs.getString(1))))
                    .list();
            case "Revision" -> jdbc.sql("""
                    SELECT r.id, r.number, d.id, d.title FROM policy_revision r JOIN policy_document d ON d.id = r.document_id
                    WHERE r.tenant_id = :tenant AND d.tenant_id = :tenant AND r.id IN (:ids)""")
                    .param("tenant", tenantId).param("ids", uuids)
                    .query((rs, n) -> Map.entry(rs.getString(1), new ObjectLink(rs.getString(4) + " "
                            + messages.getMessage("policy.revision.number", new Object[] {rs.getInt(2)},
                                    LocaleContextHolder.getLocale()),
                            "/policies/" + rs.getString(3) + "/revisions/" + rs.getString(1))))
                    .list();
            default -> List.<Map.Entry<String, ObjectLink>>of();
        };
        return TrailObjectNames.byId(found);
    }
}
