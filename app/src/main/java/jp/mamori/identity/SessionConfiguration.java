package jp.mamori.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions live in the database (Spring Session JDBC, tables from migration V21), so that any app node can
 * serve any request and ending a session takes effect everywhere at once. Ids are 256 random bits, not
 * UUIDs (122 bits; ASVS 7.2.3). The cookie is {@code __Host-mamori}: Secure, HttpOnly, SameSite=Lax,
 * Path=/ and no Domain. Browsers accept Secure cookies from http://localhost, so development works; the
 * property {@code mamori.identity.secure-cookie=false} exists for plain-http test rigs only, and drops the
 * {@code __Host-} prefix with it (browsers refuse the prefix without Secure).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionConfiguration {

    static final String COOKIE = "__Host-mamori";

    @Bean
    CookieSerializer cookieSerializer(@Value("${mamori.identity.secure-cookie:true}") boolean secure) {
        var serializer = new DefaultCookieSerializer();
        serializer.setCookieName(secure ? COOKIE : "mamori");
        serializer.setUseSecureCookie(secure);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setCookiePath("/");
        serializer.setUseBase64Encoding(false);
        return serializer;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionIds() {
        return repository -> repository.setSessionIdGenerator(randomIds());
    }

    static SessionIdGenerator randomIds() {
        return Secrets::token;
    }
}
