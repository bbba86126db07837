package jp.mamori.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The HTML of a revision's text, with the HTML of approved revisions kept in a small in-memory LRU cache. An
 * approved revision's text never changes again (only a draft can be edited), and rendering it was about a fifth of
 * the public 基本方針 page's CPU (docs/performance.md). Drafts and revisions under review are rendered every time:
 * their text may still change, and they are read by few people. The key is the revision id, which is unique across
 * tenants, so one tenant can never be served another's text from here.
 */
@Component
class RenderedText {

    static final int CAPACITY = 256;

    private final Map<UUID, String> approved;

    RenderedText() {
        this(CAPACITY);
    }

    RenderedText(int capacity) {
        // access order, eldest dropped beyond the capacity; every access under the map's own lock
        this.approved = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The revision's text as safe HTML, as {@link PolicyText#html} renders it. */
    String html(Revision revision) {
        if (revision.state() != RevisionState.APPROVED) {
            return PolicyText.html(revision.body());
        }
        synchronized (approved) {
            var cached = approved.get(revision.id());
            if (cached != null) {
                return cached;
            }
        }
        // rendered outside the lock: two readers may render the same text at once, which is harmless
        var html = PolicyText.html(revision.body());
        synchronized (approved) {
            approved.put(revision.id(), html);
        }
        return html;
    }

    /** How many approved revisions are cached; for tests. */
    int size() {
        synchronized (approved) {
            return approved.size();
        }
    }
}
