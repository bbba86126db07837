package jp.mamori.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** The organisation's entries in the navigation and its figures on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class OrganizationMenu {

    @Bean
    MenuEntry organizationUnitsNavigation() {
        return new MenuEntry(MenuArea.ORGANIZATION, "organization.nav.units", "/organization/units", 100,
                Permission.ORGANIZATION_VIEW);
    }

    @Bean
    MenuEntry organizationStaffNavigation() {
        return new MenuEntry(MenuArea.ORGANIZATION, "organization.nav.staff", "/organization/staff", 110,
                Permission.ORGANIZATION_VIEW);
    }

    @Bean
    MenuEntry organizationAppointmentsNavigation() {
        return new MenuEntry(MenuArea.ORGANIZATION, "organization.nav.appointments", "/organization/appointments", 115,
                Permission.ORGANIZATION_VIEW);
    }

    @Bean
    MenuEntry organizationChartNavigation() {
        return new MenuEntry(MenuArea.ORGANIZATION, "organization.nav.chart", "/organization/chart", 120,
                Permission.ORGANIZATION_VIEW);
    }

    @Bean
    MenuEntry organizationTransferNavigation() {
        return new MenuEntry(MenuArea.ORGANIZATION, "organization.nav.transfer", "/organization/transfer", 130,
                Permission.ORGANIZATION_EDIT);
    }

    @Bean
    MenuEntry organizationPersonnelNavigation() {
        return new MenuEntry(MenuArea.ORGANIZATION, "organization.nav.personnel", "/organization/personnel", 135,
                Permission.ORGANIZATION_EDIT);
    }

    /** 職員数, 組織数 and 空席の必須役割 (a warning when any); staff counted within the user's reach. */
    @Component
    static class Figures implements DashboardSource {

        private final StaffRegister register;
        private final OrgUnits units;
        private final OrganizationCharts charts;
        private final TenantCalendar calendar;

        Figures(StaffRegister register, OrgUnits units, OrganizationCharts charts, TenantCalendar calendar) {
            this.register = register;
            this.units = units;
            this.charts = charts;
            this.calendar = calendar;
        }

        @Override
        public List<DashboardFigure> figures(CurrentUser user) {
            if (!user.can(Permission.ORGANIZATION_VIEW)) {
                return List.of();
            }
            var today = calendar.today(user.tenantId());
            var reach = user.reach(Permission.ORGANIZATION_VIEW);
            long staff = reach.tenantWide()
                    ? register.countActive(user.tenantId(), today)
                    : reach.units().stream().mapToLong(u -> register.countActiveInUnit(user.tenantId(), u, today)).sum();
            var vacancies = charts.chart(user.tenantId(), today).vacancies().size();
            var figures = new ArrayList<DashboardFigure>();
            figures.add(new DashboardFigure("organization.figure.staff", Long.toString(staff), "/organization/staff", false));
            figures.add(new DashboardFigure("organization.figure.units",
                    Long.toString(units.count(user.tenantId(), true)), "/organization/units", false));
            figures.add(new DashboardFigure("organization.figure.vacancies", Integer.toString(vacancies),
                    "/organization/chart", vacancies > 0));
            return figures;
        }
    }
}
