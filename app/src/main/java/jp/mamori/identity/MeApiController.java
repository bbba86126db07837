package jp.mamori.identity;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.Reach;
import jp.mamori.access.SignedIn;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Who the presented API token belongs to: the simplest way to check a token works. */
@RestController
@SignedIn
class MeApiController {

    /** {@code grants}: each permission with the units it reaches (all of them when {@code tenantWide}). */
    record Me(UUID accountId, UUID staffId, UUID tenantId, String displayName, Set<Permission> permissions,
            Map<Permission, Reach> grants) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The account the token belongs to, with its permissions")
    Me me() {
        var user = CurrentUser.require();
        return new Me(user.accountId(), user.staffId(), user.tenantId(), user.displayName(), user.permissions(),
                user.grants());
    }
}
