package jp.mamori.identity;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import jp.mamori.access.CurrentUser;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who reaches what, before any controller runs. Deny by default: every request needs a fully signed-in
 * user except the few public paths below; the handlers' own classification ({@code @RequiresPermission},
 * {@code @SignedIn}, {@code @PublicEndpoint}) is enforced on top by the access module's interceptor.
 * Two chains: {@code /api/**} with personal API tokens and service tokens only (stateless, no cookies, so no
 * CSRF), and
 * everything else with the session of a two-step sign-in, CSRF tokens and strict headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    static final String[] PUBLIC = {"/login", "/login/**", "/setup/**", "/invitations/**", "/links/**", "/public/**", "/css/**", "/js/**",
        "/webjars/**", "/actuator/health", "/actuator/health/**", "/error", "/favicon.ico"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenFilter tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**").permitAll()
                        .anyRequest().access(SecurityConfiguration::signedInOrService))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // No cookie or session is accepted on this chain, only the Authorization header: nothing for CSRF to ride on.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(Customizer.withDefaults())
                .addFilterBefore(tokens, AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(json(HttpStatus.UNAUTHORIZED, "authentication required"))
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN, "forbidden")))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SessionGuard guard, CsrfTokenRepository csrfTokens,
            SignOutTrail signOutTrail) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().access(SecurityConfiguration::fullySignedIn))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                // No saved requests: the page asked for travels as ?next (a checked relative path, SignInLanding).
                .requestCache(cache -> cache.disable())
                .addFilterAfter(guard, SecurityContextHolderFilter.class)
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(signOutTrail)
                        .logoutSuccessUrl("/login?signedOut")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityConfiguration::toSignIn)
                        .accessDeniedHandler(forbidden()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** Our filters run inside the security chains only, not a second time as servlet filters of their own. */
    @Bean
    FilterRegistrationBean<ApiTokenFilter> apiTokenFilterRegistration(ApiTokenFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SessionGuard> sessionGuardRegistration(SessionGuard filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * Fully signed in: the principal is a {@link CurrentUser}, which only the last sign-in step, an API token,
     * or a test's {@code authentication(...)} puts there. A password-only sign-in never does.
     */
    static AuthorizationResult fullySignedIn(Supplier<? extends Authentication> authentication, Object context) {
        var current = authentication.get();
        return new AuthorizationDecision(current != null && current.isAuthenticated()
                && current.getPrincipal() instanceof CurrentUser);
    }

    /**
     * On the API chain a service token gets past the filter too; which of the two an endpoint takes — a person's
     * permission or a machine's scope — is the access module's interceptor's to say, and it never takes both.
     */
    static AuthorizationResult signedInOrService(Supplier<? extends Authentication> authentication, Object context) {
        var current = authentication.get();
        return new AuthorizationDecision(current instanceof ServiceAuthentication && current.isAuthenticated()
                || fullySignedIn(authentication, context).isGranted());
    }

    /** Methods the firewall refuses (TRACE, …) get 405; other malformed requests 400. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (HttpServletRequest request, HttpServletResponse response, RequestRejectedException e) -> {
            var known = java.util.Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
            var status = known.contains(request.getMethod()) ? HttpStatus.BAD_REQUEST : HttpStatus.METHOD_NOT_ALLOWED;
            response.setHeader("Content-Security-Policy", CSP);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            response.sendError(status.value());
        };
    }

    static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                        .includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .cacheControl(Customizer.withDefaults())
                // Written before the request goes on, not after: a streamed download (StreamingResponseBody) writes
                // on another thread while the request thread returns through the filters, and the two then wrote
                // the same response's headers at once (a ConcurrentModificationException in a test run).
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }

    /**
     * Not signed in: the API says 401 in JSON; a page goes to the sign-in step that is due — the second factor
     * when the password was given already, else the password. htmx requests are told to load the page whole.
     */
    static void toSignIn(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e) throws IOException {
        var target = request.getContextPath() + SignInController.nextStep(request);
        var wanted = "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
                ? SignInLanding.of(request.getRequestURI().substring(request.getContextPath().length()),
                        request.getQueryString()) : null;
        if (wanted != null && target.endsWith("/login")) {
            target += "?next=" + java.net.URLEncoder.encode(wanted, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        response.sendRedirect(target);
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> response.sendError(HttpStatus.FORBIDDEN.value());
    }

    static AuthenticationEntryPoint json(HttpStatus status, String detail) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problem(response, status, detail);
        };
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
