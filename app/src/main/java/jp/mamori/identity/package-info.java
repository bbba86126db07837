/**
 * Accounts and sign-in: passwords, the second factor (TOTP and recovery codes), sessions, API tokens,
 * the first-run setup link, the invitations through which staff get their accounts, and the permissions a
 * signed-in user derives from admin rights and security-role appointments.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "kernel", "notification", "organization", "tenant", "trail", "web"})
package jp.mamori.identity;
