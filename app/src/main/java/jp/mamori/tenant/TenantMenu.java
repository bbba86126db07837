package jp.mamori.tenant;

import jp.mamori.access.Permission;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tenant's settings in the administrators' menu. */
@Configuration(proxyBeanMethods = false)
class TenantMenu {

    @Bean
    MenuEntry tenantSettingsNavigation() {
        return new MenuEntry(MenuArea.ADMINISTRATION, "tenant.nav.settings", "/tenant/settings", 900,
                Permission.TENANT_SETTINGS);
    }
}
