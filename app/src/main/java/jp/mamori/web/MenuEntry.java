package jp.mamori.web;

import java.util.Objects;

import jp.mamori.access.Permission;

/**
 * One entry of the main navigation, contributed by a module as a bean from its {@code <Module>Menu} configuration.
 * Shown under its area, only to users holding the permission (any signed-in user when it is null).
 *
 * @param area the area of the navigation it belongs to
 * @param labelKey message key of the label
 * @param path where it leads, for example {@code "/organization/units"}; also marks its area as the current one on
 *        every page below it
 * @param order position within the area, lower first
 * @param permission needed to see it, or null
 */
public record MenuEntry(MenuArea area, String labelKey, String path, int order, Permission permission) {
    public MenuEntry {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
    }

    /** True when the page at that path belongs to this entry: the entry's own page or one below it. */
    boolean covers(String requestPath) {
        return requestPath.equals(path) || requestPath.startsWith(path.endsWith("/") ? path : path + "/");
    }
}
