package jp.mamori.web;

import java.util.Objects;

import jp.mamori.access.Permission;

/**
 * One entry of the main navigation, contributed by a module as a bean. Shown only to users holding
 * the permission (any signed-in user when it is null).
 *
 * @param labelKey message key of the label
 * @param path where it leads, for example {@code "/organization/units"}
 * @param order position, lower first
 * @param permission needed to see it, or null
 */
public record NavigationItem(String labelKey, String path, int order, Permission permission) {
    public NavigationItem {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
    }
}
