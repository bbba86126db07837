package jp.mamori.notification;

import jp.mamori.access.Permission;
import jp.mamori.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's place in the administrators' menu. */
@Configuration(proxyBeanMethods = false)
class NotificationWebConfiguration {

    @Bean
    NavigationItem mailNavigation() {
        return new NavigationItem("notification.nav.mail", "/admin/mail", 950, Permission.MAIL_ADMIN);
    }
}
