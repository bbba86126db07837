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
import jp.mamori.notification.SealedLink;
import jp.mamori.notification.Outbox;
import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffMember;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.tenant.Tenants;
import jp.mamori.trail.Trail;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;
import jp.mamori.web.Wareki;

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
    private final InvitationLinks links;

    AccountInvitations(Invitations invitations, Accounts accounts, AccountManagement management,
            PasswordHashing hashing, Organization organization, Tenants tenants, Outbox outbox, Trail trail,
            MessageSource messages, Wareki wareki, Clock clock, TenantCalendar calendar, InvitationLinks links) {
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
        this.links = links;
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
                "職員 " + staffNumber(invitation) + " への招待を取消し");
    }

    /** The delivery state of an invitation's mail (a {@code MailState} name), or null when none was queued. */
    @Transactional(readOnly = true)
    String mailState(UUID tenantId, UUID invitationId) {
        return outbox.state(tenantId, InvitationLinks.key(invitationId)).map(Enum::name).orElse(null);
    }

    static boolean handOverPossible(String mailState) {
        return mailState == null || mailState.equals("PENDING") || mailState.equals("FAILED")
                || mailState.equals("CANCELLED");
    }

    /**
     * The one-time link of an open invitation whose mail has not gone out, to hand over in person: its mail is given up
     * first, then a fresh token replaces whatever an earlier attempt may have carried. Shown once, stored nowhere; the
     * trail names the administrator who saw it.
     */
    @Transactional
    Issued handOver(UUID tenantId, UUID id) {
        var invitation = invitations.find(tenantId, id).orElseThrow(() -> new NotFound("invitation"));
        if (!invitation.openAt(clock.instant())) {
            throw new Refused("identity.invitation.notOpen");
        }
        var staff = organization.staffMember(tenantId, invitation.staffId()).orElseThrow(() -> new NotFound("staff"));
        if (!handOverPossible(mailState(tenantId, id)) || !outbox.withdraw(tenantId, InvitationLinks.key(id))) {
            throw new Refused("identity.invitation.alreadyMailed");
        }
        var token = Secrets.token();
        if (!invitations.replaceToken(tenantId, id, Secrets.sha256(token), clock.instant())) {
            throw new Refused("identity.invitation.notOpen");
        }
        trail.record(tenantId, "identity.invitation.handedOver", "AccountInvitation", id.toString(),
                "職員 " + staff.staffNumber() + " への招待のリンクを、手渡しのため "
                        + Actor.current().name() + " に1回だけ表示（招待メールは送信を中止）");
        return new Issued(id, staff, null, links.link(token));
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
                    "職員 " + staff.staffNumber() + " が招待を受諾（アカウント " + accountId + "）");
            trail.record(tenant.id(), "identity.account.created", "Account", accountId.toString(),
                    "職員 " + staff.staffNumber() + " のアカウント「" + loginName + "」（管理者権限なし）を招待 "
                            + invitation.id() + " から作成");
        });
        return accountId;
    }

    private Invitation openInvitation(String token) {
        if (token == null || token.length() != 43) {
            throw new NotFound("invitation");
        }
        var now = clock.instant();
        var invitation = invitations.byToken(Secrets.sha256(token)).orElseThrow(() -> new NotFound("invitation"));
        // Only whoever holds the link learns why it is closed; a guessed token is still simply not found.
        if (invitation.acceptedAt() != null) {
            throw new Refused("identity.link.used");
        }
        if (invitation.revokedAt() != null) {
            throw new Refused("identity.link.revoked");
        }
        if (!invitation.openAt(now)) {
            throw new Refused("identity.link.expired");
        }
        return invitation;
    }

    private Issued issue(UUID tenantId, StaffMember staff) {
        var id = UUID.randomUUID();
        var now = clock.instant();
        var expires = now.plus(VALIDITY);
        // A mail carries a placeholder; its link is issued when it is sent (InvitationLinks). Until then the
        // invitation's hash is that of a token nobody holds.
        var mail = mail(tenantId, staff, id, SealedLink.PLACEHOLDER, calendar.local(tenantId, expires).toLocalDate());
        var token = Secrets.token();
        invitations.insert(id, tenantId, staff.id(), Secrets.sha256(token), requester(Actor.current()),
                mail == null ? null : mail.recipient(), now, expires);
        trail.record(tenantId, "identity.invitation.created", "AccountInvitation", id.toString(),
                "職員 " + staff.staffNumber() + " への招待を作成（有効期限 " + expires + "）"
                        + (mail == null ? "。メールアドレスがないため、手渡し用のリンクを " + Actor.current().name()
                                + " に1回だけ表示" : ""));
        if (mail == null) {
            return new Issued(id, staff, null, links.link(token));
        }
        var mailId = outbox.enqueue(mail);
        trail.record(tenantId, "identity.invitation.mailed", "AccountInvitation", id.toString(),
                "職員 " + staff.staffNumber() + " への招待メール " + mailId + " を送信待ちに追加");
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
            return new OutgoingMail(tenantId, staff.email().strip(), subject, body, InvitationLinks.key(id),
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
