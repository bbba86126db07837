package jp.mamori.trail;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Module API, implemented by the modules that own the objects of the trail: the names (and pages) of objects
 * by the type and id an entry recorded, so that the viewer links 「第5版 情報セキュリティ基本方針」 instead of
 * a UUID. Called once per page and type; implementations must filter by tenant and be thread-safe.
 */
public interface TrailObjectNames {

    /**
     * @param objectType as recorded, for example {@code "InformationAsset"}
     * @param ids the recorded ids of that type on the page
     * @return the objects of that type this module owns and still finds; the others left out (an
     *     implementation that does not own the type returns an empty map)
     */
    Map<String, ObjectLink> names(UUID tenantId, String objectType, Set<String> ids);

    /** A name people read and the page of the object, or a null page when it has none. */
    record ObjectLink(String name, String href) {
    }

    /** The found objects by id, as {@link #names} returns them. */
    static Map<String, ObjectLink> byId(java.util.List<Map.Entry<String, ObjectLink>> found) {
        return found.stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The ids that are UUIDs, for the implementations' queries; anything else cannot match. */
    static Set<UUID> uuids(Set<String> ids) {
        var uuids = new java.util.HashSet<UUID>();
        for (var id : ids) {
            try {
                uuids.add(UUID.fromString(id));
            } catch (IllegalArgumentException notAUuid) {
                // recorded ids such as "-" or "campaign/staff" name no single row
            }
        }
        return uuids;
    }
}
