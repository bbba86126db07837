package jp.mamori.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.TenantRegistration;
import jp.mamori.tenant.Tenants;
import jp.mamori.trail.Trail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo municipality 久米南町 (岡山県, 336661) on a first start with {@code mamori.demo=true}: a small
 * town's 課 and 係, fictional staff and the security roles appointed as such a town would. Does nothing when
 * any tenant exists, or in the {@code command} profile. One trail entry, by {@code Actor.system("demo")}.
 */
@Component
@Profile("!command")
@Order(KumenanDemo.ORDER)
@ConditionalOnProperty(name = "mamori.demo", havingValue = "true")
class KumenanDemo implements ApplicationRunner {

    /** Runs before other start-up runners (such as a first-run setup link) that expect the tenant to exist. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private static final Logger log = LoggerFactory.getLogger(KumenanDemo.class);

    static final LocalGovernmentCode CODE = LocalGovernmentCode.withCheckDigit("33666");
    /** Appointments start with the fiscal year 令和8年度 (人事異動 on April 1st). */
    static final LocalDate FISCAL_YEAR_START = LocalDate.of(2026, 4, 1);

    private final Tenants tenants;
    private final TenantRegistration registration;
    private final OrgUnits units;
    private final StaffRegister register;
    private final Appointments appointments;
    private final Trail trail;
    private final TransactionTemplate transaction;
    private final Memberships memberships;

    KumenanDemo(Tenants tenants, TenantRegistration registration, OrgUnits units, StaffRegister register,
            Appointments appointments, Trail trail, TransactionTemplate transaction,
            Memberships memberships) {
        this.tenants = tenants;
        this.registration = registration;
        this.units = units;
        this.register = register;
        this.appointments = appointments;
        this.trail = trail;
        this.transaction = transaction;
        this.memberships = memberships;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!tenants.none()) {
            return;
        }
        UUID tenantId = Actor.system("demo").callAs(() -> transaction.execute(status -> load()));
        log.info("Demo municipality 久米南町 ({}) loaded as tenant {}", CODE, tenantId);
    }

    /** Loads everything in the caller's transaction; returns the tenant id. */
    UUID load() {
        var tenant = registration.register("久米南町", "くめなんちょう", "Kumenan Town", CODE, ClassificationScheme.R6_10,
                SeparationModel.ALPHA, false);
        var town = new Town(tenant.id());
        KumenanDemoData.build(town);
        town.units.values().forEach(units::save);
        town.staff.forEach(staff -> {
            register.save(staff);
            memberships.follow(staff, staff.activeFrom());
        });
        town.appointments.forEach(appointments::save);
        trail.record(tenant.id(), "organization.demo.loaded", "Tenant", tenant.id().toString(),
                "デモ団体 久米南町 (" + CODE + ") を作成: 組織 " + town.units.size() + " 件, 職員 " + town.staff.size()
                        + " 名, 任命 " + town.appointments.size() + " 件");
        return tenant.id();
    }

    /** The town being built, with small helpers that keep {@link KumenanDemoData} readable. */
    static final class Town {
        final UUID tenantId;
        final Map<String, OrgUnit> units = new LinkedHashMap<>();
        final List<Staff> staff = new ArrayList<>();
        final List<Appointment> appointments = new ArrayList<>();
        private int next = 1;

        Town(UUID tenantId) {
            this.tenantId = tenantId;
        }

        OrgUnit unit(String code, String parentCode, OrgUnitCategory category, OrgUnitLevel level, String name,
                String kana) {
            var parent = parentCode == null ? null : units.get(parentCode).id();
            var unit = OrgUnit.create(tenantId, parent, category, level, code, name, kana);
            units.put(code, unit);
            return unit;
        }

        Staff person(String unitCode, StaffKind kind) {
            int n = next++;
            var name = KumenanDemoData.name(n);
            var number = kind == StaffKind.REGULAR ? String.format("1%05d", n) : String.format("9%05d", n);
            var email = kind == StaffKind.CONTRACTOR ? null : name.romaji() + "@town.kumenan.example";
            var until = kind == StaffKind.FISCAL_YEAR_APPOINTED ? LocalDate.of(2027, 3, 31) : null;
            var from = kind == StaffKind.FISCAL_YEAR_APPOINTED ? FISCAL_YEAR_START : LocalDate.of(2000 + n % 25, 4, 1);
            var member = Staff.hire(tenantId, number, name.kanji(), name.kana(), kind, units.get(unitCode).id(), email,
                    from, until);
            staff.add(member);
            return member;
        }

        void appoint(Staff who, SecurityRole role, String unitCode) {
            appointments.add(Appointment.of(tenantId, who.id(), role, unitCode == null ? null : units.get(unitCode).id(),
                    FISCAL_YEAR_START, null));
        }
    }
}
