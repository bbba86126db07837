package jp.mamori.audit;

import jp.mamori.access.Permission;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 監査 in the menu, for those who read or run audits. */
@Configuration(proxyBeanMethods = false)
class AuditMenu {

    @Bean
    MenuEntry auditsNavigation() {
        return new MenuEntry(MenuArea.POLICY, "audit.nav.list", "/audits", 290, Permission.AUDIT_VIEW);
    }
}
