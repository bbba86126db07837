package jp.mamori.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps Spring Boot from creating its default in-memory user with a generated password (it does so unless
 * some authentication bean exists): Mamori has no built-in account at all. People sign in through
 * {@link SignInController}, programs with API tokens ({@link ApiTokenFilter}); this manager refuses anything
 * else that might ever ask it.
 */
@Configuration(proxyBeanMethods = false)
class NoBuiltInAccount {

    /** The session-held CSRF tokens, shared by the filter chain and the sign-in steps that renew them. */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new HttpSessionCsrfTokenRepository();
    }

    @Bean
    AuthenticationManager noOtherAuthentication() {
        return authentication -> {
            throw new ProviderNotFoundException("sign in through /login, or use a personal API token");
        };
    }
}
