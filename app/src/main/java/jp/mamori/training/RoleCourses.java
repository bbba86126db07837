package jp.mamori.training;

import java.util.List;
import java.util.UUID;

import jp.mamori.organization.AppointmentFollowUp;
import jp.mamori.organization.SecurityRole;

import org.springframework.stereotype.Component;

/** A new holder of a security role is assigned the courses the role requires (the 人事異動 batch calls this). */
@Component
class RoleCourses implements AppointmentFollowUp {

    private final Training training;

    RoleCourses(Training training) {
        this.training = training;
    }

    @Override
    public List<String> dutiesOf(UUID tenantId, SecurityRole role) {
        return training.requiredTitles(tenantId, role);
    }

    @Override
    public void appointed(UUID tenantId, UUID staffId, SecurityRole role) {
        training.assignRequired(tenantId, staffId, role);
    }
}
