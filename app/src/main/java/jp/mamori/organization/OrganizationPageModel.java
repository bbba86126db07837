package jp.mamori.organization;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the organisation pages show or hide by permission (the handlers check again on every request). */
@ControllerAdvice(basePackageClasses = OrganizationPageModel.class)
class OrganizationPageModel {

    @ModelAttribute("canEditOrganization")
    boolean canEditOrganization() {
        return CurrentUser.get().map(user -> user.can(Permission.ORGANIZATION_EDIT)).orElse(false);
    }

    @ModelAttribute("canAppoint")
    boolean canAppoint() {
        return CurrentUser.get().map(user -> user.can(Permission.APPOINTMENT_EDIT)).orElse(false);
    }
}
