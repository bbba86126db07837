/**
 * The user interface shell shared by every module: layout, navigation, error pages, i18n, Japanese
 * dates, security headers and the administration command runner. No domain logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {"access", "kernel"})
package jp.mamori.web;
