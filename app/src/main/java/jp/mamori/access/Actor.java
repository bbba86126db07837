package jp.mamori.access;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who did something, as the audit trail records it: a signed-in account, an API token, a command run
 * from the jar, or the system itself (scheduled jobs, demo data). Immutable.
 *
 * @param kind {@code account}, {@code token}, {@code service} (a service token), {@code command}, {@code system}
 *     or {@code anonymous}
 * @param id the account id, or a fixed name such as {@code "cli"}
 * @param name what a person reading the trail sees
 */
public record Actor(String kind, String id, String name) {

    private static final ThreadLocal<Actor> OVERRIDE = new ThreadLocal<>();

    public static final Actor ANONYMOUS = new Actor("anonymous", "-", "-");

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static Actor command(String commandName) {
        return new Actor("command", commandName, "コマンド " + commandName);
    }

    public static Actor system(String job) {
        return new Actor("system", job, "システム " + job);
    }

    /** The actor of the current thread: an explicit one set by {@link #callAs}, else the signed-in user. */
    public static Actor current() {
        var explicit = OVERRIDE.get();
        if (explicit != null) {
            return explicit;
        }
        var user = CurrentUser.get();
        if (user.isPresent()) {
            return new Actor("account", user.get().accountId().toString(), user.get().displayName());
        }
        return ServiceCaller.get()
                .map(caller -> new Actor("service", caller.tokenId().toString(), "サービス " + caller.name()))
                .orElse(ANONYMOUS);
    }

    /** How a record that keeps who did something names the actor: 「name (kind:id)」, at most 300 characters. */
    public String label() {
        var text = name + " (" + kind + ":" + id + ")";
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    /** The actor set by {@link #callAs} on this thread, if any. */
    static java.util.Optional<Actor> explicit() {
        return java.util.Optional.ofNullable(OVERRIDE.get());
    }

    /** Whether this is a command run from the jar or a job of the system: work no person started. */
    public boolean unattended() {
        return kind.equals("command") || kind.equals("system");
    }

    /** Runs work with this actor recorded for anything it changes; for commands, jobs and sign-in steps. */
    public <T> T callAs(Supplier<T> work) {
        var previous = OVERRIDE.get();
        OVERRIDE.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public void runAs(Runnable work) {
        callAs(() -> {
            work.run();
            return null;
        });
    }
}
