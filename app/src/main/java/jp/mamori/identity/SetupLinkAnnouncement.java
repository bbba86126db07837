package jp.mamori.identity;

import jp.mamori.access.Actor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At the start of the web app with no account at all, prints a one-time setup link to the log. */
@Component
@ConditionalOnWebApplication
class SetupLinkAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(SetupLinkAnnouncement.class);

    private final Accounts accounts;
    private final SetupLinks links;

    SetupLinkAnnouncement(Accounts accounts, SetupLinks links) {
        this.accounts = accounts;
        this.links = links;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (accounts.count() > 0) {
            return;
        }
        var link = Actor.system("setup").callAs(() -> links.create());
        log.warn("""

                ============================================================================
                 Mamori has no account yet. Open this one-time link within 24 hours to set up
                 the first administrator (初回設定リンク、24時間有効・1回限り):
                 {}
                ============================================================================""", link);
    }
}
