package jp.mamori.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.trail.Trail;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Records a sign-out in the trail; the session itself is invalidated (deleted from the store) by Spring Security. */
@Component
class SignOutTrail implements LogoutHandler {

    private final Trail trail;
    private final TransactionTemplate transactions;

    SignOutTrail(Trail trail, TransactionTemplate transactions) {
        this.trail = trail;
        this.transactions = transactions;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication instanceof SignedInAuthentication signedIn) {
            var user = signedIn.getPrincipal();
            transactions.executeWithoutResult(status -> trail.record(user.tenantId(), "identity.signout.done",
                    "Account", user.accountId().toString(), "サインアウト"));
        }
    }
}
