package jp.mamori.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import jp.mamori.access.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the navigation this user may see, grouped by area, and who is signed in. */
@ControllerAdvice
class LayoutModel {

    private final List<MenuEntry> entries;

    LayoutModel(List<MenuEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(MenuEntry::area)
                .thenComparingInt(MenuEntry::order)).toList();
    }

    @ModelAttribute("navigation")
    List<MenuGroup> navigation(HttpServletRequest request) {
        var user = CurrentUser.get();
        if (user.isEmpty()) {
            return List.of();
        }
        var visible = entries.stream()
                .filter(entry -> entry.permission() == null || user.get().can(entry.permission()))
                .toList();
        var path = request.getRequestURI().substring(request.getContextPath().length());
        // The entry with the longest path that covers the page decides its area (/admin/mail is not /admin).
        var current = visible.stream().filter(e -> e.covers(path))
                .max(Comparator.comparingInt(e -> e.path().length())).map(MenuEntry::area).orElse(null);
        var byArea = new EnumMap<MenuArea, List<MenuEntry>>(MenuArea.class);
        visible.forEach(e -> byArea.computeIfAbsent(e.area(), a -> new ArrayList<>()).add(e));
        var groups = new ArrayList<MenuGroup>();
        byArea.forEach((area, list) -> groups.add(new MenuGroup(area, list, area == current)));
        return groups;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.get().orElse(null);
    }
}
