package jp.mamori.gateway;

import java.util.List;
import java.util.Objects;

/**
 * The SMTP envelope of one mail as Postfix handed it to the filter.
 *
 * @param sender the reverse path without angle brackets; empty for the null sender (bounces)
 * @param recipients the forward paths, in the order given
 */
public record Envelope(String sender, List<String> recipients) {
    public Envelope {
        Objects.requireNonNull(sender, "sender");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("an envelope has at least one recipient");
        }
    }

    /** The same sender with some of the recipients. */
    public Envelope to(List<String> some) {
        return new Envelope(sender, some);
    }

    /** The domain of an address, lower case; empty when it has none. */
    static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
