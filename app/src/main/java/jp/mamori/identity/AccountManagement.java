package jp.mamori.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.organization.Organization;
import jp.mamori.organization.OrganizationFounding;
import jp.mamori.tenant.Tenant;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.tenant.Tenants;
import jp.mamori.trail.Trail;
import jp.mamori.kernel.Decision;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to accounts, each in one transaction with exactly one trail entry: creation through a setup link,
 * password change, ending sessions, unlocking, disabling and enabling. Rules that refuse throw {@link Refused} with a message key.
 */
@Service
class AccountManagement {

    private final Accounts accounts;
    private final PasswordHashing hashing;
    private final PasswordPolicy policy;
    private final SetupLinks setupLinks;
    private final Sessions sessions;
    private final Tenants tenants;
    private final Organization organization;
    private final Trail trail;
    private final Clock clock;
    private final TenantCalendar calendar;
    private final OrganizationFounding founding;

    AccountManagement(Accounts accounts, PasswordHashing hashing, PasswordPolicy policy, SetupLinks setupLinks,
            Sessions sessions, Tenants tenants, Organization organization, Trail trail, Clock clock,
            TenantCalendar calendar, OrganizationFounding founding) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.policy = policy;
        this.setupLinks = setupLinks;
        this.sessions = sessions;
        this.tenants = tenants;
        this.organization = organization;
        this.trail = trail;
        this.clock = clock;
        this.calendar = calendar;
        this.founding = founding;
    }

    /**
     * The form of the setup page. The unit name, name, kana and mail are asked only when the tenant has no
     * organisation yet (a newly registered one): they make its first unit and the administrator's staff record.
     */
    record SetupForm(UUID tenantId, String staffNumber, String loginName, String password, String passwordAgain,
            String unitName, String name, String nameKana, String email) {

        SetupForm(UUID tenantId, String staffNumber, String loginName, String password, String passwordAgain) {
            this(tenantId, staffNumber, loginName, password, passwordAgain, "", "", "", "");
        }

        /** The same form without its passwords, to show again after a refusal. */
        SetupForm withoutPasswords() {
            return new SetupForm(tenantId, staffNumber, loginName, "", "", unitName, name, nameKana, email);
        }
    }

    /**
     * Creates an administrator account for a staff member through a one-time setup link, and uses the link up.
     * The new account has no second factor yet: the caller sends the person to enrolment before anything else.
     */
    @Transactional
    public UUID createThroughSetupLink(String token, SetupForm form) {
        var tenant = Optional.ofNullable(form.tenantId()).flatMap(tenants::find)
                .orElseThrow(() -> new Refused("identity.setup.noTenant"));
        // A link made for one tenant (issue 20, finding 4) never sets up an administrator of another.
        if (setupLinks.tenantOf(token).filter(bound -> !bound.equals(tenant.id())).isPresent()) {
            throw new Refused("identity.setup.otherTenant");
        }
        if (founding.isEmpty(tenant.id())) {
            // A newly registered tenant: its first unit and staff record come with its first administrator, in this
            // transaction, so a refused password leaves the tenant as empty as it was.
            founding.found(tenant.id(), new OrganizationFounding.Founder(form.unitName(), form.staffNumber(),
                    form.name(), form.nameKana(), form.email()));
        }
        var staff = organization.staffByNumber(tenant.id(), blankToEmpty(form.staffNumber()).strip())
                .filter(s -> s.activeOn(calendar.today(tenant.id())))
                .orElseThrow(() -> new Refused("identity.setup.noStaff"));
        if (accounts.findByStaff(tenant.id(), staff.id()).isPresent()) {
            throw new Refused("identity.setup.staffHasAccount");
        }
        var loginName = checkNewLoginName(form.loginName());
        checkNewPassword(form.password(), form.passwordAgain(), contextWords(tenant, List.of(staff.name(),
                staff.nameKana() == null ? "" : staff.nameKana(), staff.staffNumber(), loginName)));
        if (!setupLinks.consume(token)) {
            throw new NotFound("setup link");
        }
        var id = UUID.randomUUID();
        accounts.insert(id, tenant.id(), staff.id(), loginName, hashing.hash(form.password()), true, clock.instant());
        trail.record(tenant.id(), "identity.account.created", "Account", id.toString(),
                "職員 " + staff.staffNumber() + " の管理者アカウント「" + loginName + "」を初期設定リンク "
                        + SetupLinks.hashText(token) + " から作成");
        return id;
    }

    @Transactional
    public void changePassword(UUID tenantId, UUID accountId, String current, String password, String passwordAgain) {
        var account = accounts.find(tenantId, accountId).orElseThrow(() -> new NotFound("account"));
        if (!hashing.matches(current == null ? "" : current, account.passwordHash())) {
            throw new Refused("identity.password.currentWrong");
        }
        var tenant = tenants.find(tenantId).orElseThrow(() -> new NotFound("tenant"));
        var staff = organization.staffMember(tenantId, account.staffId());
        checkNewPassword(password, passwordAgain, contextWords(tenant, List.of(account.loginName(),
                staff.map(s -> s.name()).orElse(""), staff.map(s -> s.staffNumber()).orElse(""))));
        accounts.changePassword(account, hashing.hash(password));
        trail.record(tenantId, "identity.password.changed", "Account", accountId.toString(), "パスワードを変更");
    }

    @Transactional
    public int endOtherSessions(UUID tenantId, UUID accountId, String currentSessionId) {
        var ended = sessions.endOthers(accountId, currentSessionId);
        trail.record(tenantId, "identity.sessions.ended", "Account", accountId.toString(),
                "本人がほかのセッション " + ended + " 件を終了");
        return ended;
    }

    @Transactional
    public int endSessions(UUID tenantId, UUID accountId) {
        accounts.find(tenantId, accountId).orElseThrow(() -> new NotFound("account"));
        var ended = sessions.endAll(accountId);
        trail.record(tenantId, "identity.sessions.ended", "Account", accountId.toString(), "セッション " + ended + " 件を終了");
        return ended;
    }

    @Transactional
    public int endAllSessions() {
        var ended = sessions.endEverything();
        trail.record(null, "identity.sessions.ended", "Installation", null, "全セッション " + ended + " 件を終了");
        return ended;
    }

    @Transactional
    public void unlock(UUID tenantId, UUID accountId) {
        var account = accounts.find(tenantId, accountId).orElseThrow(() -> new NotFound("account"));
        accounts.unlock(tenantId, accountId);
        trail.record(tenantId, "identity.account.unlocked", "Account", accountId.toString(),
                "連続 " + account.failedStreak() + " 回の失敗によるサインインの待ち時間を解除");
    }

    /**
     * Removes a lost second factor and its recovery codes (ASVS 6.4.4: by an administrator, after checking
     * who asks, which the trail records); ends the person's sessions. They enrol again at the next sign-in.
     */
    @Transactional
    public void resetSecondFactor(UUID tenantId, UUID accountId) {
        accounts.find(tenantId, accountId).orElseThrow(() -> new NotFound("account"));
        accounts.removeTotp(tenantId, accountId);
        var ended = sessions.endAll(accountId);
        trail.record(tenantId, "identity.secondfactor.reset", "Account", accountId.toString(),
                "管理者が TOTP と回復コードを削除（セッション " + ended + " 件を終了）");
    }

    /**
     * Whether an administrator may disable an account: not their own, which would lock them out of the very
     * page that enables it again (and could leave the tenant without anyone to administer it).
     */
    static Decision mayDisable(UUID actingAccountId, UUID accountId) {
        return accountId.equals(actingAccountId) ? Decision.refuse("identity.admin.cannotDisableSelf") : Decision.ALLOWED;
    }

    /** Disables the account and ends its sessions: it can no longer sign in, nor use a session it had. */
    @Transactional
    public void disable(UUID tenantId, UUID actingAccountId, UUID accountId, long version) {
        var account = accounts.find(tenantId, accountId).orElseThrow(() -> new NotFound("account"));
        mayDisable(actingAccountId, accountId).orThrow(Refused::new);
        accounts.setEnabled(account, version, false);
        var ended = sessions.endAll(accountId);
        trail.record(tenantId, "identity.account.disabled", "Account", accountId.toString(),
                "アカウント「" + account.loginName() + "」を停止（セッション " + ended + " 件を終了）");
    }

    @Transactional
    public void enable(UUID tenantId, UUID accountId, long version) {
        var account = accounts.find(tenantId, accountId).orElseThrow(() -> new NotFound("account"));
        accounts.setEnabled(account, version, true);
        trail.record(tenantId, "identity.account.enabled", "Account", accountId.toString(),
                "アカウント「" + account.loginName() + "」を再開");
    }

    /** The words a password must not be built from: the tenant's names, the product, the person's own. */
    static List<String> contextWords(Tenant tenant, List<String> personal) {
        var words = new ArrayList<String>(List.of("mamori", "まもり", "守り", "マモリ", tenant.name(), tenant.nameKana(),
                tenant.nameRomaji(), tenant.code().value()));
        // 「久米南町」 also as 「久米南」, "Kumenan Town" also as "kumenan".
        for (var suffix : List.of("町", "村", "市", "区", "県", "都", "府", "道", "ちょう", "まち", "そん", "むら", "し")) {
            if (tenant.name().endsWith(suffix) && tenant.name().length() > suffix.length() + 1) {
                words.add(tenant.name().substring(0, tenant.name().length() - suffix.length()));
            }
            if (tenant.nameKana().endsWith(suffix) && tenant.nameKana().length() > suffix.length() + 1) {
                words.add(tenant.nameKana().substring(0, tenant.nameKana().length() - suffix.length()));
            }
        }
        words.addAll(List.of(tenant.nameRomaji().split("[\\s-]+")));
        words.addAll(personal);
        return words.stream().filter(w -> w != null && w.strip().length() >= 3).toList();
    }

    /** The login name as stored, when it is well-formed and free; refused otherwise. */
    String checkNewLoginName(String wanted) {
        var loginName = Account.normaliseLoginName(wanted);
        if (loginName.length() < 3 || loginName.length() > 200 || !loginName.matches("[\\p{L}\\p{N}._@-]+")) {
            throw new Refused("identity.account.loginNameInvalid");
        }
        if (accounts.loginNameTaken(loginName)) {
            throw new Refused("identity.account.loginNameTaken");
        }
        return loginName;
    }

    void checkNewPassword(String password, String passwordAgain, List<String> context) {
        if (password == null || !password.equals(passwordAgain)) {
            throw new Refused("identity.password.mismatch");
        }
        policy.refusal(password, context).ifPresent(key -> {
            throw new Refused(key);
        });
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text;
    }
}
