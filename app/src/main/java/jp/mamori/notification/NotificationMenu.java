package jp.mamori.notification;

import jp.mamori.access.Permission;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's place in the administrators' menu. */
@Configuration(proxyBeanMethods = false)
class NotificationMenu {

    @Bean
    MenuEntry mailNavigation() {
        return new MenuEntry(MenuArea.ADMINISTRATION, "notification.nav.mail", "/admin/mail", 950,
                Permission.MAIL_ADMIN);
    }
}
