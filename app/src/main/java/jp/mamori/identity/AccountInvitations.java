package jp.mamori.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.notification.MailRefused;
import jp.mamori.notification.OutgoingMail;
import jp.mamori.notification.Outbox;
import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffMember;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.tenant.Tenants;
import jp.mamori.trail.Trail;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;
import jp.mamori.web.Wareki;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account invitations (アカウントの招待): how ordinary staff get an account. An administrator invites one staff
 * member or many; each invitation has its own 256-bit token (only its SHA-256 is stored), is valid
 * {@link #VALIDITY}, usable once and revocable, and its link goes by mail through the outbox in the same
 * transaction. Staff without a usable address get no mail: the administrator is shown the link once, to hand
 * it over. Accepting makes an account without administrator rights; what it may do follows from the staff
 * member's security roles only.
 */
@Service
class AccountInvitations {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final Invitations invitations;
    private final Accounts accounts;
    private final AccountManagement management;
    private final PasswordHashing hashing;
    private final Organization organization;
    private final Tenants tenants;
    private final Outbox outbox;
    private final Trail trail;
    private final MessageSource messages;
    private final Wareki wareki;
    private final Clock clock;
    private final TenantCalendar calendar;
    private final String baseUrl;

    AccountInvitations(Invitations invitations, Accounts accounts, AccountManagement management,
            PasswordHashing hashing, Organization organization, Tenants tenants, Outbox outbox, Trail trail,
            MessageSource messages, Wareki wareki, Clock clock, TenantCalendar calendar, @Value("${mamori.base-url}") String baseUrl) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.management = management;
        this.hashing = hashing;
        this.organization = organization;
        this.tenants = tenants;
        this.outbox = outbox;
        this.trail = trail;
        this.messages = messages;
        this.wareki = wareki;
        this.clock = clock;
        this.calendar = calendar;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** One staff member in service without an account; {@code invited} while an invitation is open. */
    record Candidate(StaffMember staff, boolean invited) {
    }

    /**
     * One invitation just issued. {@code link} is set only when no mail could be queued: it is the only copy of
     * the token, shown once to the administrator and never stored.
     */
    record Issued(UUID id, StaffMember staff, String mailedTo, String link) {

        boolean mailed() {
            return mailedTo != null;
        }
    }

    /** The outcome of a bulk invitation: how many were invited, mailed, skipped, and who must be handed a link. */
    record Bulk(int invited, int mailed, int skipped, List<Issued> handOver) {
    }

    /** The form of the acceptance page. */
    record AcceptForm(String loginName, String password, String passwordAgain) {
    }

    /**
     * The staff in service today who have no account, in staff-number order, within a unit and its sub-units
     * when one is given (a unit of another tenant: not found).
     */
    @Transactional(readOnly = true)
    List<Candidate> withoutAccount(UUID tenantId, UUID unitId) {
        var reach = unitId == null ? null : organization.unitWithDescendants(tenantId, unitId);
        if (reach != null && reach.isEmpty()) {
            throw new NotFound("unit");
        }
        var withAccount = new HashSet<UUID>();
        accounts.ofTenant(tenantId).forEach(a -> withAccount.add(a.staffId()));
        var invited = invitations.staffWithOpenInvitation(tenantId, clock.instant());
        return organization.staffActiveOn(tenantId, today(tenantId)).stream()
                .filter(s -> !withAccount.contains(s.id()))
                .filter(s -> reach == null || (s.unitId() != null && reach.contains(s.unitId())))
                .map(s -> new Candidate(s, invited.contains(s.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    List<Invitation> open(UUID tenantId) {
        return invitations.open(tenantId, clock.instant());
    }

    @Transactional
    Issued invite(UUID tenantId, UUID staffId) {
        var staff = organization.staffMember(tenantId, staffId).orElseThrow(() -> new NotFound("staff"));
        if (!staff.activeOn(today(tenantId))) {
            throw new Refused("identity.invitation.staffInactive");
        }
        if (accounts.findByStaff(tenantId, staffId).isPresent()) {
            throw new Refused("identity.invitation.hasAccount");
        }
        if (invitations.staffWithOpenInvitation(tenantId, clock.instant()).contains(staffId)) {
            throw new Refused("identity.invitation.alreadyOpen");
        }
        return issue(tenantId, staff);
    }

    /** Invites every candidate (within the unit, or the whole tenant) that has no open invitation yet. */
    @Transactional
    Bulk inviteAll(UUID tenantId, UUID unitId) {
        var candidates = withoutAccount(tenantId, unitId);
        var handOver = new ArrayList<Issued>();
        var mailed = 0;
        var skipped = 0;
        for (var candidate : candidates) {
            if (candidate.invited()) {
                skipped++;
                continue;
            }
            var issued = issue(tenantId, candidate.staff());
            if (issued.mailed()) {
                mailed++;
            } else {
                handOver.add(issued);
            }
        }
        return new Bulk(candidates.size() - skipped, mailed, skipped, List.copyOf(handOver));
    }

    @Transactional
    void revoke(UUID tenantId, UUID id) {
        var invitation = invitations.find(tenantId, id).orElseThrow(() -> new NotFound("invitation"));
        if (!invitations.revoke(tenantId, id, clock.instant())) {
            throw new Refused("identity.invitation.notOpen");
        }
        trail.record(tenantId, "identity.invitation.revoked", "AccountInvitation", id.toString(),
                "invitation for staff " + staffNumber(invitation) + " revoked");
    }

    /** The open invitation behind a token and whom it is for; not found for any token that is not open. */
    @Transactional(readOnly = true)
    StaffMember invitee(String token) {
        var invitation = openInvitation(token);
        return organization.staffMember(invitation.tenantId(), invitation.staffId())
                .filter(s -> s.activeOn(today(invitation.tenantId()))).orElseThrow(() -> new NotFound("invitation"));
    }

    /**
     * Makes the account (never an administrator) and uses the invitation up, after the same login-name and
     * password rules as the setup page. Any token that is not open is not found, whatever the reason.
     */
    @Transactional
    UUID accept(String token, AcceptForm form) {
        var invitation = openInvitation(token);
        var staff = invitee(token);
        if (accounts.findByStaff(invitation.tenantId(), staff.id()).isPresent()) {
            throw new Refused("identity.setup.staffHasAccount");
        }
        var tenant = tenants.find(invitation.tenantId()).orElseThrow(() -> new NotFound("invitation"));
        var loginName = management.checkNewLoginName(form.loginName());
        management.checkNewPassword(form.password(), form.passwordAgain(),
                AccountManagement.contextWords(tenant, List.of(staff.name(),
                        staff.nameKana() == null ? "" : staff.nameKana(), staff.staffNumber(), loginName)));
        var accountId = UUID.randomUUID();
        var now = clock.instant();
        if (!invitations.accept(Secrets.sha256(token), accountId, now)) {
            throw new NotFound("invitation"); // used or revoked meanwhile
        }
        accounts.insert(accountId, tenant.id(), staff.id(), loginName, hashing.hash(form.password()), false, now);
        var actor = new Actor("account", accountId.toString(), staff.name());
        actor.runAs(() -> {
            trail.record(tenant.id(), "identity.invitation.accepted", "AccountInvitation", invitation.id().toString(),
                    "invitation for staff " + staff.staffNumber() + " accepted; account " + accountId);
            trail.record(tenant.id(), "identity.account.created", "Account", accountId.toString(),
                    "account \"" + loginName + "\" (no administrator rights) for staff " + staff.staffNumber()
                            + " created through invitation " + invitation.id());
        });
        return accountId;
    }

    private Invitation openInvitation(String token) {
        if (token == null || token.length() != 43) {
            throw new NotFound("invitation");
        }
        return invitations.openByToken(Secrets.sha256(token), clock.instant())
                .orElseThrow(() -> new NotFound("invitation"));
    }

    private Issued issue(UUID tenantId, StaffMember staff) {
        var token = Secrets.token();
        var id = UUID.randomUUID();
        var now = clock.instant();
        var expires = now.plus(VALIDITY);
        var link = baseUrl + "/invitations/" + token;
        var mail = mail(tenantId, staff, id, link, calendar.local(tenantId, expires).toLocalDate());
        invitations.insert(id, tenantId, staff.id(), Secrets.sha256(token), requester(Actor.current()),
                mail == null ? null : mail.recipient(), now, expires);
        trail.record(tenantId, "identity.invitation.created", "AccountInvitation", id.toString(),
                "invitation for staff " + staff.staffNumber() + ", valid until " + expires
                        + (mail == null ? "; no usable mail address, link handed over on screen" : ""));
        if (mail == null) {
            return new Issued(id, staff, null, link);
        }
        var mailId = outbox.enqueue(mail);
        trail.record(tenantId, "identity.invitation.mailed", "AccountInvitation", id.toString(),
                "invitation mail " + mailId + " queued for staff " + staff.staffNumber());
        return new Issued(id, staff, mail.recipient(), null);
    }

    /** The invitation mail, or null when the staff member has no address the outbox accepts. */
    private OutgoingMail mail(UUID tenantId, StaffMember staff, UUID id, String link, LocalDate expiresOn) {
        if (staff.email() == null || staff.email().isBlank()) {
            return null;
        }
        var ja = Locale.JAPANESE;
        var tenantName = tenants.find(tenantId).map(t -> t.name()).orElse("");
        var subject = messages.getMessage("identity.invitation.mail.subject", new Object[] {tenantName}, ja);
        var body = messages.getMessage("identity.invitation.mail.body", new Object[] {staff.name(), tenantName,
                link, wareki.both(expiresOn), Actor.current().name()}, ja);
        try {
            return new OutgoingMail(tenantId, staff.email().strip(), subject, body, "identity.invitation:" + id,
                    "アカウントの招待（職員番号 " + staff.staffNumber() + "）");
        } catch (MailRefused invalidAddress) {
            return null;
        }
    }

    private String staffNumber(Invitation invitation) {
        return organization.staffMember(invitation.tenantId(), invitation.staffId()).map(StaffMember::staffNumber)
                .orElse(invitation.staffId().toString());
    }

    private LocalDate today(UUID tenantId) {
        return calendar.today(tenantId);
    }

    private static String requester(Actor actor) {
        var text = actor.name() + " (" + actor.kind() + ":" + actor.id() + ")";
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
