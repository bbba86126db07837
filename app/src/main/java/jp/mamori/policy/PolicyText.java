package jp.mamori.policy;

import java.util.Map;

import jp.mamori.text.SafeMarkdown;

import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * The Markdown of a revision as safe HTML: {@link SafeMarkdown} with the clause anchors ({@link ClauseNumbering}) as
 * ids of headings and numbered list items. Only this HTML may be written with {@code th:utext}. Stateless and
 * thread-safe.
 */
final class PolicyText {

    private PolicyText() {
    }

    /** The text rendered with clause anchors and sanitised. */
    static String html(String markdown) {
        var document = SafeMarkdown.parse(markdown);
        var numbering = ClauseNumbering.of(document);
        return SafeMarkdown.html(document, context -> new ClauseAnchors(numbering));
    }

    /** Sets the clause anchor as the id of headings and numbered items. */
    private record ClauseAnchors(ClauseNumbering numbering) implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading || node instanceof ListItem) {
                var clause = numbering.clauseOf(node);
                if (clause != null) {
                    attributes.put("id", clause.anchor());
                }
            }
        }
    }
}
