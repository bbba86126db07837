package jp.mamori.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Slows down one source address that fails to sign in more than 30 times a minute, whichever names it
 * tries (password spraying): its further attempts get 429 until its window clears. Held in memory per app
 * node, bounded to the most recent 10,000 addresses. Thread-safe.
 */
@Component
class AddressThrottle {

    static final int LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int ADDRESSES = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > ADDRESSES;
        }
    };

    AddressThrottle(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean blocked(String address) {
        var recent = prune(address);
        return recent != null && recent.size() > LIMIT;
    }

    synchronized void failed(String address) {
        prune(address);
        failures.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(clock.instant());
    }

    synchronized void clear() {
        failures.clear();
    }

    private Deque<Instant> prune(String address) {
        var recent = failures.get(address);
        if (recent == null) {
            return null;
        }
        var cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
        if (recent.isEmpty()) {
            failures.remove(address);
            return null;
        }
        return recent;
    }
}
