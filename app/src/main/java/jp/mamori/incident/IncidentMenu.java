package jp.mamori.incident;

import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** The report form for everyone and the register for the CSIRT in 記録; open incidents and reports due on the dashboard. */
@Configuration(proxyBeanMethods = false)
class IncidentMenu {

    @Bean
    MenuEntry incidentReportNavigation() {
        return new MenuEntry(MenuArea.RECORDS, "incident.nav.report", "/incidents/report", 300, null);
    }

    /** The 緊急連絡網: whom to call is for everyone to know, before anything has happened. */
    @Bean
    MenuEntry incidentContactsNavigation() {
        return new MenuEntry(MenuArea.RECORDS, "incident.contacts.title", "/incidents/contacts", 305, null);
    }

    @Bean
    MenuEntry incidentNavigation() {
        return new MenuEntry(MenuArea.RECORDS, "incident.nav", "/incidents", 310, Permission.INCIDENT_VIEW);
    }

    /** Open incidents within the reader's reach, and the tenant's outside reports due by tomorrow (a warning). */
    @Component
    static class Figures implements DashboardSource {
        private final IncidentRows rows;
        private final Incidents incidents;

        Figures(IncidentRows rows, Incidents incidents) {
            this.rows = rows;
            this.incidents = incidents;
        }

        @Override
        public List<DashboardFigure> figures(CurrentUser user) {
            if (!user.can(Permission.INCIDENT_VIEW)) {
                return List.of();
            }
            long open = rows.page(user.tenantId(), IncidentQuery.of(null, null, true, 0, 1),
                    user.reach(Permission.INCIDENT_VIEW).unitFilter(), null).total();
            var figures = new java.util.ArrayList<>(List.of(new DashboardFigure("incident.figure.open",
                    Long.toString(open), "/incidents?open=true", false)));
            if (user.can(Permission.INCIDENT_HANDLE)) {
                long due = incidents.reportsDue(user.tenantId());
                figures.add(new DashboardFigure("incident.figure.reportsDue", Long.toString(due),
                        "/incidents?open=true", due > 0));
            }
            return List.copyOf(figures);
        }
    }
}
