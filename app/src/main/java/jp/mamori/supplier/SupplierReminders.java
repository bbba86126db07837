package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.mamori.notification.OutgoingMail;
import jp.mamori.notification.ReminderSource;
import jp.mamori.organization.Organization;

import org.springframework.stereotype.Component;

/**
 * Renewal and expiry reminders of seed clause 6(7), for the notification module's scheduler: a contract ending, an
 * ISMS or Pマーク certification expiring, an ISMAP listing expiring (each once, {@value SupplierRules#EXPIRY_NOTICE_DAYS}
 * days ahead or nearer), and a periodic check due within {@value #CHECK_NOTICE_DAYS} days or overdue and not
 * answered. Each goes to the 情報セキュリティ管理者 of the unit the work is for. Keys name the object, the date
 * and the occasion, never the run, so asking again queues nothing twice. Thread-safe; reads only.
 */
@Component
class SupplierReminders implements ReminderSource {

    static final int CHECK_NOTICE_DAYS = 7;

    /** One reminder before it has a recipient: the unit whose manager is told, the key, the subject and body. */
    record Occasion(UUID unitId, String key, String subject, String body) {
    }

    private final SupplierRows rows;
    private final Organization organization;

    SupplierReminders(SupplierRows rows, Organization organization) {
        this.rows = rows;
        this.organization = organization;
    }

    @Override
    public List<OutgoingMail> remindersDue(UUID tenantId, LocalDate today) {
        var mails = new ArrayList<OutgoingMail>();
        for (var occasion : occasions(tenantId, today)) {
            organization.sectionManager(tenantId, occasion.unitId(), today)
                    .filter(m -> m.email() != null && !m.email().isBlank())
                    .ifPresent(m -> mails.add(new OutgoingMail(tenantId, m.email(), occasion.subject(),
                            m.name() + " 様\n\n" + occasion.body() + "\n\n情報セキュリティ管理システム（守り）",
                            occasion.key(), "委託先・外部サービスの期限")));
        }
        return mails;
    }

    /** The occasions due on that day, for every contractor, contract, check and cloud service of the tenant. */
    List<Occasion> occasions(UUID tenantId, LocalDate today) {
        var horizon = today.plusDays(SupplierRules.EXPIRY_NOTICE_DAYS);
        var occasions = new ArrayList<Occasion>();
        var contractors = new java.util.HashMap<UUID, Contractor>();
        for (var c : rows.contractors(tenantId)) {
            contractors.put(c.id(), c);
            certification(occasions, c, "ISMS", c.ismsExpiresOn(), today, horizon);
            certification(occasions, c, "Pマーク", c.privacyMarkExpiresOn(), today, horizon);
        }
        var contracts = new java.util.HashMap<UUID, Contract>();
        for (var contract : rows.contracts(tenantId)) {
            contracts.put(contract.id(), contract);
            var contractor = contractors.get(contract.contractorId());
            if (contractor != null && contract.inForceOn(today) && !contract.endsOn().isAfter(horizon)) {
                occasions.add(new Occasion(contractor.unitId(),
                        "supplier:contract:" + contract.id() + ":ends-" + contract.endsOn(),
                        "【委託契約】" + contract.title() + " が " + contract.endsOn() + " に終了します",
                        contractor.name() + " との契約「" + contract.title() + "」は " + contract.endsOn()
                                + " に終了します。更新の要否と、終了時の情報資産の返還・消去（消去証明書）を確認してください。"));
            }
        }
        for (var check : rows.checks(tenantId)) {
            var contract = contracts.get(check.contractId());
            var contractor = contract == null ? null : contractors.get(contract.contractorId());
            if (contractor == null || check.answered()) {
                continue;
            }
            if (check.overdueOn(today)) {
                occasions.add(new Occasion(contractor.unitId(), "supplier:check:" + check.id() + ":overdue",
                        "【定期点検】" + check.title() + " の期限を過ぎています",
                        contractor.name() + " の定期点検「" + check.title() + "」は期限 " + check.dueOn()
                                + " を過ぎても回答がありません。"));
            } else if (!check.dueOn().isAfter(today.plusDays(CHECK_NOTICE_DAYS))) {
                occasions.add(new Occasion(contractor.unitId(), "supplier:check:" + check.id() + ":due-soon",
                        "【定期点検】" + check.title() + " の期限が近づいています",
                        contractor.name() + " の定期点検「" + check.title() + "」の期限は " + check.dueOn() + " です。"));
            }
        }
        for (var cloud : rows.clouds(tenantId)) {
            var expires = cloud.ismapExpiresOn();
            if (cloud.ismapRegistered() && expires != null && !expires.isAfter(horizon)
                    && !expires.isBefore(today.minusDays(SupplierRules.EXPIRY_NOTICE_DAYS))) {
                occasions.add(new Occasion(cloud.unitId(), "supplier:cloud:" + cloud.id() + ":ismap-" + expires,
                        "【クラウドサービス】" + cloud.display() + " のISMAP登録の期限 " + expires,
                        cloud.display() + " のISMAPクラウドサービスリストへの登録は " + expires
                                + " が期限です。更新されたかを確認してください。"));
            }
        }
        return occasions;
    }

    private static void certification(List<Occasion> occasions, Contractor c, String name, LocalDate expiresOn,
            LocalDate today, LocalDate horizon) {
        if (expiresOn == null || expiresOn.isAfter(horizon)
                || expiresOn.isBefore(today.minusDays(SupplierRules.EXPIRY_NOTICE_DAYS))) {
            return;
        }
        occasions.add(new Occasion(c.unitId(), "supplier:contractor:" + c.id() + ":" + (name.equals("ISMS") ? "isms"
                : "privacy-mark") + "-" + expiresOn,
                "【委託先】" + c.name() + " の" + name + "認証の期限 " + expiresOn,
                c.name() + " の" + name + "認証は " + expiresOn + " が有効期限です。更新後の登録証の写しを受け取ってください。"));
    }
}
