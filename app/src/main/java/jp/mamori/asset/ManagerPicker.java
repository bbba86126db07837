package jp.mamori.asset;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffMember;
import jp.mamori.organization.UnitSummary;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.stereotype.Component;

/**
 * The asset form's choice of 管理者: finds staff by 職員番号 or name for the picker, and reads what the form posted
 * (a staff id from the picker, or a 職員番号 typed without script) back into a staff member of the tenant.
 * Thread-safe.
 */
@Component
class ManagerPicker {

    /** One staff member as the picker offers it, for example 「0012 山田 太郎（総務課）」. */
    record Choice(UUID id, String number, String name, String unitName) {

        public String label() {
            return number + " " + name + (unitName.isEmpty() ? "" : "（" + unitName + "）");
        }
    }

    /** What the posted text named: nobody (the unit's manager), a staff member, or a staff member who does not exist. */
    sealed interface Reading {
        record Nobody() implements Reading {
        }

        record Found(Choice choice) implements Reading {
        }

        record Unknown(String text) implements Reading {
        }
    }

    /** Enough to pick from while typing; a longer list means the text should be more precise. */
    static final int MATCHES_MAX = 20;

    private final Organization organization;
    private final Owners owners;
    private final TenantCalendar calendar;

    ManagerPicker(Organization organization, Owners owners, TenantCalendar calendar) {
        this.organization = organization;
        this.owners = owners;
        this.calendar = calendar;
    }

    /**
     * Staff in service today whose number starts with, or whose name or reading contains, the text; only those of
     * units the user may edit assets of, so that the picker does not list the whole town to a 課's clerk.
     */
    List<Choice> search(UUID tenantId, String text) {
        var wanted = folded(text);
        if (wanted.isEmpty()) {
            return List.of();
        }
        var units = owners.units(tenantId);
        return organization.staffActiveOn(tenantId, calendar.today(tenantId)).stream()
                .filter(s -> s.unitId() != null && AssetScope.edits(s.unitId()))
                .filter(s -> matches(s, wanted)).limit(MATCHES_MAX).map(s -> choice(units, s)).toList();
    }

    /** A number matches from its start; a name or reading anywhere, spaces ignored (「山田太郎」 finds 「山田 太郎」). */
    private static boolean matches(StaffMember s, String wanted) {
        var compact = wanted.replace(" ", "");
        return folded(s.staffNumber()).startsWith(wanted) || folded(s.name()).replace(" ", "").contains(compact)
                || folded(s.nameKana()).replace(" ", "").contains(compact);
    }

    /** The staff member the picker chose, when the user may pick them. */
    Optional<Choice> pick(UUID tenantId, UUID staffId) {
        return organization.staffMember(tenantId, staffId).filter(s -> s.unitId() != null && AssetScope.edits(s.unitId()))
                .map(s -> choice(owners.units(tenantId), s));
    }

    /**
     * The posted manager: blank for the owning unit's 管理者, a staff id, or a 職員番号 — also as the picker shows it
     * (「0012 山田 太郎（総務課）」), whose first word is the number. Only the tenant's staff are found.
     */
    Reading read(UUID tenantId, String posted) {
        if (posted == null || posted.isBlank()) {
            return new Reading.Nobody();
        }
        var text = posted.strip();
        Optional<StaffMember> found;
        try {
            found = organization.staffMember(tenantId, UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            found = organization.staffByNumber(tenantId, normal(text).split(" ")[0]);
        }
        return found.<Reading>map(s -> new Reading.Found(choice(owners.units(tenantId), s))).orElse(new Reading.Unknown(text));
    }

    private static Choice choice(Map<UUID, UnitSummary> units, StaffMember s) {
        var unit = s.unitId() == null ? null : units.get(s.unitId());
        return new Choice(s.id(), s.staffNumber(), s.name(), unit == null ? "" : unit.name());
    }

    private static String folded(String text) {
        return normal(text).toLowerCase(Locale.ROOT);
    }

    /** Full-width digits and spaces as typed on a Japanese keyboard read like half-width ones. */
    private static String normal(String text) {
        return text == null ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }
}
