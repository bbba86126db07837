/**
 * Outgoing mail through an outbox: other modules enqueue a mail inside their own transaction, a poller on any app
 * node delivers it over SMTP with retries and a stable Message-ID, and an administrator sees, retries or gives up
 * deliveries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "kernel", "tenant", "trail", "web"})
package jp.mamori.notification;
