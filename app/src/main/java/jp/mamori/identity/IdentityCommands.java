package jp.mamori.identity;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.access.Actor;
import jp.mamori.organization.Organization;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;
import jp.mamori.web.Command;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The identity module's administration commands, run from the jar by whoever operates the server; each
 * records what it did in the trail with the command as the actor.
 */
@Configuration(proxyBeanMethods = false)
class IdentityCommands {

    @Bean
    Command setupLinkCommand(SetupLinks links) {
        return new Simple("setup-link", "— prints a new one-time setup link (valid 24 h) for an administrator account",
                (args, out) -> {
                    if (!args.isEmpty()) {
                        throw new IllegalArgumentException("no arguments expected");
                    }
                    out.println(Actor.command("admin setup-link").callAs(() -> links.create()));
                    return 0;
                });
    }

    @Bean
    Command apiTokenCommand(Tenants tenants, Organization organization, Accounts accounts, ApiTokens tokens) {
        return new Simple("api-token", "--staff NUMBER --tenant CODE [--days N] — issues a personal API token and prints it once",
                (args, out) -> {
                    var options = options(args, List.of("--staff", "--tenant", "--days"));
                    var staffNumber = required(options, "--staff");
                    var tenant = tenants.findByCode(new LocalGovernmentCode(required(options, "--tenant")))
                            .orElseThrow(() -> new IllegalArgumentException("no tenant with that code"));
                    var days = Integer.parseInt(options.getOrDefault("--days", "" + ApiTokens.DEFAULT_DAYS));
                    var staff = organization.staffByNumber(tenant.id(), staffNumber)
                            .orElseThrow(() -> new IllegalArgumentException("no staff member " + staffNumber));
                    var account = accounts.findByStaff(tenant.id(), staff.id())
                            .orElseThrow(() -> new IllegalArgumentException("staff member " + staffNumber + " has no account"));
                    out.println(Actor.command("admin api-token").callAs(() -> tokens.issue(account, "command line", days)));
                    return 0;
                });
    }

    @Bean
    Command endSessionsCommand(Tenants tenants, Organization organization, Accounts accounts, AccountManagement management) {
        return new Simple("end-sessions", "[--staff NUMBER --tenant CODE] — ends the sessions of one person, or all sessions",
                (args, out) -> {
                    var options = options(args, List.of("--staff", "--tenant"));
                    var actor = Actor.command("admin end-sessions");
                    if (options.isEmpty()) {
                        out.println("ended " + actor.callAs(management::endAllSessions) + " session(s)");
                        return 0;
                    }
                    var staffNumber = required(options, "--staff");
                    var tenant = tenants.findByCode(new LocalGovernmentCode(required(options, "--tenant")))
                            .orElseThrow(() -> new IllegalArgumentException("no tenant with that code"));
                    var staff = organization.staffByNumber(tenant.id(), staffNumber)
                            .orElseThrow(() -> new IllegalArgumentException("no staff member " + staffNumber));
                    var account = accounts.findByStaff(tenant.id(), staff.id())
                            .orElseThrow(() -> new IllegalArgumentException("staff member " + staffNumber + " has no account"));
                    out.println("ended " + actor.callAs(() -> management.endSessions(tenant.id(), account.id())) + " session(s)");
                    return 0;
                });
    }

    /**
     * {@code admin service-token issue|list|revoke}: the only way to an installation-wide token (no {@code --tenant});
     * with {@code --tenant} it works on that tenant's tokens as the admin page does. The token is printed once.
     */
    @Bean
    Command serviceTokenCommand(Tenants tenants, ServiceTokens tokens) {
        return new Simple("service-token", "issue --name NAME --scope gateway:report[,…] [--tenant CODE] [--days N]"
                + " | list [--tenant CODE] | revoke --id ID [--tenant CODE] — service tokens for machines",
                (args, out) -> {
                    if (args.isEmpty()) {
                        throw new IllegalArgumentException("issue, list or revoke expected");
                    }
                    var options = options(args.subList(1, args.size()), switch (args.get(0)) {
                        case "issue" -> List.of("--name", "--scope", "--tenant", "--days");
                        case "list" -> List.of("--tenant");
                        case "revoke" -> List.of("--id", "--tenant");
                        default -> throw new IllegalArgumentException("issue, list or revoke expected");
                    });
                    var tenantId = options.containsKey("--tenant")
                            ? tenants.findByCode(new LocalGovernmentCode(options.get("--tenant")))
                                    .orElseThrow(() -> new IllegalArgumentException("no tenant with that code")).id()
                            : null;
                    var actor = Actor.command("admin service-token");
                    try {
                        serviceToken(args.get(0), options, tenantId, actor, tokens, out);
                    } catch (jp.mamori.kernel.Refused | jp.mamori.kernel.NotFound e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                    return 0;
                });
    }

    /**
     * {@code admin tenant register --code CODE --name NAME [--kana …] [--romaji …] [--scheme R6_10|LEGACY]
     * [--model ALPHA|…]}: registers another tenant and prints, once, the setup link for its first administrator.
     */
    @Bean
    Command tenantCommand(TenantOnboarding onboarding) {
        return new Simple("tenant", "register --code CODE --name NAME [--kana KANA] [--romaji ROMAJI] [--scheme R6_10|LEGACY]"
                + " [--model ALPHA|ALPHA_PRIME|BETA|BETA_PRIME] — registers a tenant, prints its first administrator's setup link",
                (args, out) -> {
                    if (args.isEmpty() || !args.get(0).equals("register")) {
                        throw new IllegalArgumentException("register expected");
                    }
                    var options = options(args.subList(1, args.size()),
                            List.of("--code", "--name", "--kana", "--romaji", "--scheme", "--model"));
                    var application = new TenantOnboarding.Application(required(options, "--code"),
                            required(options, "--name"), options.get("--kana"), options.get("--romaji"),
                            jp.mamori.tenant.ClassificationScheme.valueOf(options.getOrDefault("--scheme", "R6_10")),
                            jp.mamori.tenant.SeparationModel.valueOf(options.getOrDefault("--model", "ALPHA")));
                    try {
                        var registered = Actor.command("admin tenant register").callAs(() -> onboarding.register(application));
                        out.println("registered " + registered.tenant().name() + " (" + registered.tenant().code() + ")");
                        out.println(registered.setupLink());
                    } catch (jp.mamori.kernel.Refused refused) {
                        throw new IllegalArgumentException(refused.getMessage(), refused);
                    }
                    return 0;
                });
    }

    /**
     * {@code admin operator grant|revoke --login NAME}: the installation operators (INSTALLATION_ADMIN — the
     * installation-wide checkpoints, tenants) are named only here, by whoever runs the server, never by a tenant.
     */
    @Bean
    Command operatorCommand(Accounts accounts, jp.mamori.trail.Trail trail,
            org.springframework.transaction.support.TransactionTemplate transactions) {
        return new Simple("operator", "grant|revoke --login NAME — makes an account an installation operator, or no longer",
                (args, out) -> {
                    if (args.isEmpty() || !(args.get(0).equals("grant") || args.get(0).equals("revoke"))) {
                        throw new IllegalArgumentException("grant or revoke expected");
                    }
                    var grant = args.get(0).equals("grant");
                    var login = required(options(args.subList(1, args.size()), List.of("--login")), "--login");
                    var account = accounts.findByLoginName(login)
                            .orElseThrow(() -> new IllegalArgumentException("no account " + login));
                    var changed = Actor.command("admin operator " + args.get(0)).callAs(() -> transactions.execute(status -> {
                        var done = accounts.setInstallationOperator(account.id(), grant);
                        if (done) {
                            trail.record(null, grant ? "identity.operator.granted" : "identity.operator.revoked",
                                    "Account", account.id().toString(), "「" + account.loginName() + "」の設置運用者の役割を"
                                            + (grant ? "付与" : "解除"));
                        }
                        return done;
                    }));
                    out.println(account.loginName() + (grant ? " is" : " is not") + " an installation operator"
                            + (Boolean.TRUE.equals(changed) ? "" : " (unchanged)"));
                    return 0;
                });
    }

    private static void serviceToken(String verb, Map<String, String> options, java.util.UUID tenantId, Actor actor,
            ServiceTokens tokens, PrintStream out) {
        switch (verb) {
            case "issue" -> {
                var days = Integer.parseInt(options.getOrDefault("--days", "" + ServiceTokens.DEFAULT_DAYS));
                var scopes = ServiceTokens.scopes(required(options, "--scope"));
                var issued = actor.callAs(() -> tokens.issue(tenantId, required(options, "--name"), scopes, days));
                out.println(issued.id());
                out.println(issued.token());
            }
            case "list" -> tokens.of(tenantId).forEach(t -> out.println(t.id() + "\t" + t.name() + "\t"
                    + t.scopeCodes() + "\texpires " + t.expiresAt() + (t.revokedAt() == null ? "" : "\trevoked")
                    + (t.lastUsedAt() == null ? "" : "\tlast used " + t.lastUsedAt())));
            default -> {
                var id = java.util.UUID.fromString(required(options, "--id"));
                actor.runAs(() -> tokens.revoke(tenantId, id));
                out.println("revoked " + id);
            }
        }
    }

    static Map<String, String> options(List<String> args, List<String> known) {
        var options = new HashMap<String, String>();
        for (int i = 0; i < args.size(); i += 2) {
            var name = args.get(i);
            if (!known.contains(name) || i + 1 >= args.size()) {
                throw new IllegalArgumentException("unexpected argument " + name);
            }
            options.put(name, args.get(i + 1));
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        var value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    interface Body {
        int run(List<String> args, PrintStream out);
    }

    record Simple(String name, String usage, Body body) implements Command {
        @Override
        public String group() {
            return "admin";
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            return body.run(args, out);
        }
    }
}
