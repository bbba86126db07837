package jp.mamori.web;

import java.util.Comparator;
import java.util.List;

import jp.mamori.access.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the navigation this user may see, and who is signed in. */
@ControllerAdvice
class LayoutModel {

    private final List<NavigationItem> navigation;

    LayoutModel(List<NavigationItem> navigation) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        var user = CurrentUser.get();
        if (user.isEmpty()) {
            return List.of();
        }
        return navigation.stream()
                .filter(item -> item.permission() == null || user.get().can(item.permission()))
                .toList();
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.get().orElse(null);
    }
}
