package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the asset register's scope lets through when no one is signed in. */
class AssetScopeTests {

    @Test
    void nobodySignedInReachesNoUnit() {
        SecurityContextHolder.clearContext();
        assertThat(AssetScope.reaches(UUID.randomUUID())).isFalse();
    }
}
