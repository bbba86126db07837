package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.Reach;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the asset register's scope lets through: fail closed when no one is signed in. */
class AssetScopeTests {

    static final UUID SECTION = UUID.randomUUID();
    static final UUID ELSEWHERE = UUID.randomUUID();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void nobodySignedInReachesNoUnit() {
        SecurityContextHolder.clearContext();
        assertThat(AssetScope.sees(UUID.randomUUID())).isFalse();
        assertThat(AssetScope.edits(UUID.randomUUID())).isFalse();
        assertThat(AssetScope.visibleUnits()).contains(Set.of());
    }

    @Test
    void anonymousActorReachesNoUnit() {
        assertThat(Actor.ANONYMOUS.callAs(() -> AssetScope.edits(SECTION))).isFalse();
    }

    @Test
    void commandsAndJobsReachEveryUnit() {
        assertThat(Actor.command("test").callAs(() -> AssetScope.edits(SECTION))).isTrue();
        assertThat(Actor.system("demo").callAs(AssetScope::visibleUnits)).isEmpty();
    }

    @Test
    void eachPermissionReachesItsOwnUnits() {
        var grants = new EnumMap<Permission, Reach>(Permission.class);
        grants.put(Permission.ASSET_VIEW, Reach.TENANT);
        grants.put(Permission.ASSET_EDIT, Reach.units(Set.of(SECTION)));
        var user = new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "兼務 者", grants);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of()));
        assertThat(AssetScope.sees(ELSEWHERE)).isTrue();
        assertThat(AssetScope.edits(ELSEWHERE)).isFalse();
        assertThat(AssetScope.edits(SECTION)).isTrue();
        assertThat(AssetScope.visibleUnits()).isEmpty();
    }
}
