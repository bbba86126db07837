package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The navigation comes in areas, in the areas' order, with only what the user may see, and marks the page's area. */
class LayoutModelTests {

    private final LayoutModel layout = new LayoutModel(List.of(
            new MenuEntry(MenuArea.ADMINISTRATION, "mail", "/admin/mail", 950, Permission.MAIL_ADMIN),
            new MenuEntry(MenuArea.ADMINISTRATION, "account", "/account", 990, null),
            new MenuEntry(MenuArea.ORGANIZATION, "staff", "/organization/staff", 110, Permission.ORGANIZATION_VIEW),
            new MenuEntry(MenuArea.ORGANIZATION, "units", "/organization/units", 100, Permission.ORGANIZATION_VIEW),
            new MenuEntry(MenuArea.POLICY, "mine", "/acknowledgements", 250, null),
            new MenuEntry(MenuArea.POLICY, "campaigns", "/acknowledgements/campaigns", 260, null),
            new MenuEntry(MenuArea.RECORDS, "trail", "/trail", 900, Permission.TRAIL_VIEW)));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(Permission... permissions) {
        var set = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
        var user = new CurrentUser(UUID.randomUUID(), null, UUID.randomUUID(), "職員", set, true, Set.of());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    private List<MenuGroup> on(String path) {
        return layout.navigation(new MockHttpServletRequest("GET", path));
    }

    private static List<String> labels(MenuGroup group) {
        return group.entries().stream().map(MenuEntry::labelKey).toList();
    }

    @Test
    void groupsByAreaInTheAreasOrderAndEachAreaByOrder() {
        signIn(Permission.ORGANIZATION_VIEW, Permission.TRAIL_VIEW, Permission.MAIL_ADMIN);
        var groups = on("/");
        assertThat(groups).extracting(MenuGroup::area).containsExactly(MenuArea.ORGANIZATION, MenuArea.POLICY,
                MenuArea.RECORDS, MenuArea.ADMINISTRATION);
        assertThat(labels(groups.get(0))).containsExactly("units", "staff");
        assertThat(labels(groups.get(3))).containsExactly("mail", "account");
        assertThat(groups).noneMatch(MenuGroup::current);
    }

    @Test
    void leavesOutWhatTheUserMayNotSeeAndAreasLeftEmpty() {
        signIn();
        assertThat(on("/")).extracting(MenuGroup::area).containsExactly(MenuArea.POLICY, MenuArea.ADMINISTRATION);
    }

    @Test
    void marksTheAreaOfThePageShownAndOfPagesBelowAnEntry() {
        signIn(Permission.ORGANIZATION_VIEW, Permission.TRAIL_VIEW, Permission.MAIL_ADMIN);
        assertThat(on("/organization/staff/42/edit")).filteredOn(MenuGroup::current).extracting(MenuGroup::area)
                .containsExactly(MenuArea.ORGANIZATION);
        assertThat(on("/admin/mail")).filteredOn(MenuGroup::current).extracting(MenuGroup::area)
                .containsExactly(MenuArea.ADMINISTRATION);
        assertThat(on("/acknowledgements/campaigns/7")).filteredOn(MenuGroup::current).extracting(MenuGroup::area)
                .containsExactly(MenuArea.POLICY);
        // A path that merely starts with an entry's path is not below it.
        assertThat(on("/trailer")).noneMatch(MenuGroup::current);
    }

    @Test
    void showsNoNavigationToSomeoneNotSignedIn() {
        assertThat(on("/organization/units")).isEmpty();
    }
}
