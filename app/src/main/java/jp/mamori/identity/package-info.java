/**
 * Accounts and sign-in: passwords, the second factor (TOTP and recovery codes), sessions, API tokens,
 * the setup links (first run, and each tenant an installation operator registers), the invitations through which staff get their accounts, and the permissions a
 * signed-in user derives from admin rights and security-role appointments.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "demo", "kernel", "notification", "organization", "tenant", "trail", "web"})
package jp.mamori.identity;
