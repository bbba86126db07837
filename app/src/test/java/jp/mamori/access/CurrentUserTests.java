package jp.mamori.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.EnumMap;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The session's principal: each permission with its own reach, and it survives the database-stored session. */
class CurrentUserTests {

    static final UUID SECTION = UUID.randomUUID();
    static final UUID SUBSECTION = UUID.randomUUID();

    static CurrentUser csirtMemberWhoManagesASystem() {
        var grants = new EnumMap<Permission, Reach>(Permission.class);
        grants.put(Permission.ORGANIZATION_VIEW, Reach.TENANT);
        grants.put(Permission.ASSET_EDIT, Reach.units(Set.of(SUBSECTION)));
        grants.put(Permission.ASSET_VIEW, Reach.NONE);
        return new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "兼務 者", grants);
    }

    @Test
    void eachPermissionReachesOnlyItsOwnUnits() {
        var user = csirtMemberWhoManagesASystem();
        assertThat(user.can(Permission.ASSET_EDIT, SUBSECTION)).isTrue();
        assertThat(user.can(Permission.ASSET_EDIT, SECTION)).isFalse();
        assertThat(user.can(Permission.ORGANIZATION_VIEW, SECTION)).isTrue();
        assertThat(user.can(Permission.ASSET_EDIT, null)).as("a record of no unit").isFalse();
        assertThat(user.can(Permission.ASSET_VIEW)).as("an empty reach is not a grant").isFalse();
        assertThat(user.permissions()).containsExactlyInAnyOrder(Permission.ORGANIZATION_VIEW, Permission.ASSET_EDIT);
        assertThat(user.canAny(Permission.TRAIL_VIEW, Permission.ASSET_EDIT)).isTrue();
        assertThat(user.canAny(Permission.TRAIL_VIEW)).isFalse();
    }

    @Test
    void survivesSerialisationIntoTheSession() throws Exception {
        var user = csirtMemberWhoManagesASystem();
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(user);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(user);
        }
    }

    @Test
    void noGrantsReadAsNoPermission() {
        var user = new CurrentUser(UUID.randomUUID(), null, UUID.randomUUID(), "旧 セッション", null);
        assertThat(user.permissions()).isEmpty();
        assertThat(user.reach(Permission.ASSET_VIEW)).isEqualTo(Reach.NONE);
    }
}
