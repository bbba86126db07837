package jp.mamori.organization;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Draws the {@link OrganizationChart} of a tenant on a day from the stored units, staff and appointments. */
@Service
class OrganizationCharts {

    private final OrgUnits units;
    private final StaffRegister register;
    private final Appointments appointments;

    OrganizationCharts(OrgUnits units, StaffRegister register, Appointments appointments) {
        this.units = units;
        this.register = register;
        this.appointments = appointments;
    }

    @Transactional(readOnly = true)
    OrganizationChart chart(UUID tenantId, LocalDate on) {
        var staff = register.all(tenantId).stream().map(Staff::view)
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        return OrganizationChart.of(on, units.tree(tenantId), appointments.holdingOn(tenantId, on), staff);
    }
}
