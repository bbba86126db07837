package jp.mamori.catalog;

import java.util.Objects;

/**
 * One threat (脅威) of seed clause 3, such as 不正アクセス or 落雷. Immutable.
 *
 * @param id stable id, for example {@code THR-1.1}
 * @param groupId the {@link ThreatGroup} it belongs to, for example {@code THR-1}
 */
public record Threat(String id, String groupId, String title, String titleEn) {
    public Threat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(title, "title");
        titleEn = titleEn == null ? title : titleEn;
    }
}
