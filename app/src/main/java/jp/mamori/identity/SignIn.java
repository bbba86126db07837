package jp.mamori.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.mamori.access.Actor;
import jp.mamori.trail.Trail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sign-in steps: password, then the second factor (TOTP or a recovery code) or its enrolment. Every
 * attempt, known name or not, runs exactly one password verification; every refusal looks the same to the
 * person signing in, whatever its reason (unknown name, wrong password, locked, disabled). Successes and
 * failures are security events and go to the trail, with the attempted name hashed, never the password.
 */
@Service
class SignIn {

    private static final Logger log = LoggerFactory.getLogger(SignIn.class);

    private final Accounts accounts;
    private final PasswordHashing hashing;
    private final AddressThrottle addresses;
    private final SecretBox box;
    private final CurrentUsers users;
    private final Trail trail;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SignIn(Accounts accounts, PasswordHashing hashing, AddressThrottle addresses, SecretBox box, CurrentUsers users,
            Trail trail, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.hashing = hashing;
        this.addresses = addresses;
        this.box = box;
        this.users = users;
        this.trail = trail;
        this.clock = clock;
    }

    sealed interface Outcome permits Refused, Throttled, SecondFactorDue, SignedIn, Enrolled {
    }

    /** The same answer for every kind of refusal. */
    record Refused() implements Outcome {
    }

    /** The source address failed too often this minute (HTTP 429). */
    record Throttled() implements Outcome {
    }

    record SecondFactorDue(PendingSignIn pending) implements Outcome {
    }

    record SignedIn(SignedInAuthentication authentication) implements Outcome {
    }

    record Enrolled(SignedInAuthentication authentication, List<String> recoveryCodes) implements Outcome {
    }

    /**
     * The password step. The hash is verified outside any transaction, so that neither a caller waiting for a
     * hashing permit nor the Argon2 work itself holds a pooled database connection (a burst of sign-ins would
     * otherwise drain the pool and fail with time-outs instead of the hashing cap's 429). The decision and its
     * trail entry are then written in one short transaction, on a fresh read of the account.
     */
    public Outcome password(String loginName, String password, String address) {
        if (addresses.blocked(address)) {
            log.warn("Sign-in attempts from {} throttled", address);
            return new Throttled();
        }
        var seen = accounts.findByLoginName(loginName);
        var matched = hashing.matches(password == null ? "" : password, seen.map(Account::passwordHash).orElse(null));
        return transactions.execute(status -> decide(loginName, password, address, seen, matched));
    }

    private Outcome decide(String loginName, String password, String address, Optional<Account> seen, boolean matched) {
        var now = clock.instant();
        var found = accounts.findByLoginName(loginName);
        if (found.isEmpty() || seen.isEmpty()) {
            return failed(found, loginName, address, "パスワード段階: 不明なログイン名", now, false);
        }
        var account = found.get();
        if (account.lockedAt(now)) {
            return failed(found, loginName, address, "パスワード段階: アカウントのロック中", now, false);
        }
        // A password changed while this attempt was hashing counts as wrong: it was checked against the old one.
        if (!matched || !account.passwordHash().equals(seen.get().passwordHash())) {
            return failed(found, loginName, address, "パスワード段階: パスワードの誤り", now, true);
        }
        if (!account.enabled() || !users.staffActive(account)) {
            return failed(found, loginName, address, "パスワード段階: アカウントの停止中または職員の在職外", now, true);
        }
        if (hashing.outdated(account.passwordHash())) {
            accounts.changePassword(account, hashing.hash(password));
        }
        if (account.enrolledInTotp()) {
            return new SecondFactorDue(new PendingSignIn(account.id(), false, now));
        }
        if (users.secondFactorRequired(account)) {
            return new SecondFactorDue(new PendingSignIn(account.id(), true, now));
        }
        return new SignedIn(complete(account, now, "identity.signin.succeeded", "パスワードのみでサインイン"));
    }

    @Transactional
    public Outcome secondFactor(PendingSignIn pending, String code, String address) {
        if (addresses.blocked(address)) {
            return new Throttled();
        }
        var now = clock.instant();
        var found = accounts.find(pending.accountId());
        if (found.isEmpty() || pending.enrolment() || !found.get().enrolledInTotp()) {
            return new Refused();
        }
        var account = found.get();
        if (account.lockedAt(now) || !account.enabled()) {
            return failed(found, account.loginName(), address, "二要素目: アカウントのロック中または停止中", now, false);
        }
        if (RecoveryCodes.looksLikeOne(code)) {
            if (accounts.useRecoveryCode(account.id(), RecoveryCodes.hash(code), now)) {
                var left = accounts.unusedRecoveryCodes(account.id());
                return new SignedIn(complete(account, now, "identity.signin.succeeded",
                        "signed in with a recovery code; " + left + " left"));
            }
            return failed(found, account.loginName(), address, "二要素目: 回復コードの誤りまたは使用済み", now, true);
        }
        var secret = box.open(account.totpSecret(), account.id().toString());
        var step = Totp.verify(secret, code, now, account.totpLastStep());
        if (step.isPresent() && accounts.acceptTotpStep(account.id(), step.getAsLong())) {
            return new SignedIn(complete(account, now, "identity.signin.succeeded", "TOTP でサインイン"));
        }
        return failed(found, account.loginName(), address, "二要素目: TOTP コードの誤りまたは再使用", now, true);
    }

    /** The secret offered for enrolment in this sign-in, made on first use and kept sealed in the session. */
    String enrolmentUri(PendingSignIn pending) {
        var account = accounts.find(pending.accountId()).orElseThrow();
        if (pending.sealedNewSecret() == null) {
            pending.offerSecret(box.seal(Secrets.randomBytes(Totp.SECRET_BYTES), account.id().toString()));
        }
        return otpauthUri(account, box.open(pending.sealedNewSecret(), account.id().toString()));
    }

    @Transactional
    public Outcome enrol(PendingSignIn pending, String code, String address) {
        var now = clock.instant();
        var found = accounts.find(pending.accountId());
        if (found.isEmpty() || !pending.enrolment() || pending.sealedNewSecret() == null) {
            return new Refused();
        }
        var account = found.get();
        if (account.lockedAt(now) || !account.enabled()) {
            return failed(found, account.loginName(), address, "TOTP 登録: アカウントのロック中または停止中", now, false);
        }
        var secret = box.open(pending.sealedNewSecret(), account.id().toString());
        var step = Totp.verify(secret, code, now, 0);
        if (step.isEmpty()) {
            return failed(found, account.loginName(), address, "TOTP 登録: TOTP コードの誤り", now, true);
        }
        accounts.enrolTotp(account.id(), pending.sealedNewSecret(), step.getAsLong(), now);
        var codes = RecoveryCodes.generate();
        accounts.replaceRecoveryCodes(account, codes.stream().map(RecoveryCodes::hash).toList());
        var authentication = complete(account, now, "identity.totp.enrolled",
                "サインイン時に TOTP を登録し、回復コード " + RecoveryCodes.COUNT + " 個を発行してサインイン");
        return new Enrolled(authentication, codes);
    }

    static String otpauthUri(Account account, byte[] secret) {
        var label = URLEncoder.encode("Mamori:" + account.loginName(), StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret)
                + "&issuer=Mamori&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private SignedInAuthentication complete(Account account, Instant now, String action, String summary) {
        accounts.recordSuccess(account.id());
        var authentication = users.signIn(account, now);
        var user = authentication.getPrincipal();
        new Actor("account", account.id().toString(), user.displayName()).runAs(() ->
                trail.record(account.tenantId(), action, "Account", account.id().toString(), summary));
        return authentication;
    }

    private Outcome failed(Optional<Account> account, String loginName, String address, String what, Instant now,
            boolean countOnAccount) {
        addresses.failed(address);
        var nameHash = box.nameHash(loginName);
        account.filter(a -> countOnAccount).ifPresent(a -> {
            var failures = new ArrayList<>(accounts.failuresSince(a.id(), now.minus(AccountLockout.HOUR)));
            failures.add(now);
            accounts.recordFailure(a.id(), now, AccountLockout.lockedUntil(a.failedStreak() + 1, failures, now));
        });
        new Actor("anonymous", nameHash, "-").runAs(() -> trail.record(
                account.map(Account::tenantId).orElse(null), "identity.signin.failed", "Account",
                account.map(a -> a.id().toString()).orElse(nameHash), "サインインを拒否 — " + what));
        return new Refused();
    }
}
