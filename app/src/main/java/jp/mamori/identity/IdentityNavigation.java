package jp.mamori.identity;

import jp.mamori.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's entries in the menu: one's own account, accounts and service tokens for administrators. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem accountNavigation() {
        return new NavigationItem("identity.nav.account", "/account", 900, null);
    }

    @Bean
    NavigationItem accountAdminNavigation() {
        return new NavigationItem("identity.nav.accounts", "/admin/accounts", 910, jp.mamori.access.Permission.ACCOUNT_ADMIN);
    }

    @Bean
    NavigationItem serviceTokenNavigation() {
        return new NavigationItem("identity.nav.serviceTokens", "/admin/service-tokens", 915,
                jp.mamori.access.Permission.SERVICE_TOKEN_ADMIN);
    }
}
