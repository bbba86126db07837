package jp.mamori.sanitizer.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The click and hover actions of DrawingML ({@code a:hlinkClick}, {@code a:hlinkHover}, {@code a:hlinkMouseOver}
 * and the like, on shapes, pictures and text runs). An action is a {@code ppaction://verb…} URI: moving within the
 * show is harmless, every other verb starts something — {@code program} a program, {@code macro} a VBA macro,
 * {@code ole} an OLE verb, {@code hlinkfile} another file, {@code hlinkpres} another presentation. The element that
 * carries such an action is removed; the shape or text it sat on stays.
 */
final class PresentationActions {
    /** Verbs that only move within the slide show. */
    private static final Set<String> NAVIGATION = Set.of("hlinkshowjump", "hlinksldjump", "customshow", "noaction");

    private PresentationActions() {
    }

    /** Removes every element whose action is not navigation; returns the actions removed. */
    static List<String> remove(Element root) {
        List<Element> doomed = new ArrayList<>();
        collect(root, doomed);
        List<String> actions = new ArrayList<>();
        for (Element e : doomed) {
            actions.add(e.getAttribute("action"));
            e.getParentNode().removeChild(e);
        }
        return actions;
    }

    static boolean isNavigation(String action) {
        String lower = action.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("ppaction://")) {
            return false;
        }
        String verb = lower.substring("ppaction://".length());
        int end = verb.indexOf('?');
        return NAVIGATION.contains(end < 0 ? verb : verb.substring(0, end));
    }

    private static void collect(Element e, List<Element> doomed) {
        String action = e.getAttribute("action");
        if (!action.isEmpty() && action.strip().toLowerCase(Locale.ROOT).startsWith("ppaction:")
                && !isNavigation(action)) {
            doomed.add(e);
            return;
        }
        for (Element child : Relationships.children(e)) {
            collect(child, doomed);
        }
    }
}
