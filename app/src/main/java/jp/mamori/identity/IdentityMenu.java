package jp.mamori.identity;

import jp.mamori.access.Permission;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's entries in the menu: the accounts and service tokens for administrators, one's own account last. */
@Configuration(proxyBeanMethods = false)
class IdentityMenu {

    @Bean
    MenuEntry accountNavigation() {
        return new MenuEntry(MenuArea.ADMINISTRATION, "identity.nav.account", "/account", 990, null);
    }

    @Bean
    MenuEntry accountAdminNavigation() {
        return new MenuEntry(MenuArea.ADMINISTRATION, "identity.nav.accounts", "/admin/accounts", 910,
                Permission.ACCOUNT_ADMIN);
    }

    @Bean
    MenuEntry serviceTokenNavigation() {
        return new MenuEntry(MenuArea.ADMINISTRATION, "identity.nav.serviceTokens", "/admin/service-tokens", 915,
                Permission.SERVICE_TOKEN_ADMIN);
    }

    @Bean
    MenuEntry installationTenantsNavigation() {
        return new MenuEntry(MenuArea.ADMINISTRATION, "identity.nav.tenants", "/installation/tenants", 960,
                Permission.INSTALLATION_ADMIN);
    }
}
