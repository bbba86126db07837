package jp.mamori.policy;

import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The Markdown of a revision as safe HTML. Two layers: CommonMark (with GFM tables) escapes any raw HTML in the
 * text and drops unsafe link targets, then the result is cleaned against an allow-list ({@link #SAFELIST}) so that
 * whatever slipped through — a {@code <script>}, a {@code javascript:} URL, an {@code on…=} attribute — is gone.
 * Headings and numbered list items carry their clause anchors ({@link ClauseNumbering}). Only this HTML may be
 * written with {@code th:utext}. Stateless and thread-safe.
 */
final class PolicyText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /**
     * What a policy text may contain: structure, emphasis, lists, tables, links (http, https, mailto and in-page
     * anchors), and ids on headings and items for clause anchors. No images (a public page must not fetch from
     * elsewhere), no styles, no scripts, no event handlers.
     */
    static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("hr", "del", "ins", "section")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("li", "id")
            .addAttributes("th", "scope")
            .addProtocols("a", "href", "#", "http", "https", "mailto")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private PolicyText() {
    }

    /** The text rendered with clause anchors and sanitised. */
    static String html(String markdown) {
        var document = PARSER.parse(markdown == null ? "" : markdown);
        var numbering = ClauseNumbering.of(document);
        var renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> new ClauseAnchors(numbering)).build();
        return sanitise(renderer.render(document));
    }

    /** Any HTML cleaned against {@link #SAFELIST}; for rendered text and diff cells. */
    static String sanitise(String html) {
        var settings = new Document.OutputSettings().prettyPrint(false);
        var clean = Jsoup.clean(html, "https://policy.invalid/", SAFELIST, settings);
        // a link whose target the sanitisers dropped is left without one rather than pointing at the page itself
        return clean.replace(" href=\"\"", "");
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
