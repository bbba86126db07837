package jp.mamori.web;

import java.util.List;

/**
 * One area of the navigation as a page draws it: the entries this user may see, and whether the page belongs to it.
 *
 * @param area the area
 * @param entries its entries the user may see, in order; never empty
 * @param current true when the page shown is one of the area's
 */
public record MenuGroup(MenuArea area, List<MenuEntry> entries, boolean current) {
    public MenuGroup {
        entries = List.copyOf(entries);
    }
}
