package jp.mamori.text;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProviderFactory;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown that people write (policy texts, finding notes, answers) as HTML that is safe to write with
 * {@code th:utext} — the only HTML that may be. Two layers: CommonMark (with GFM tables) escapes any raw HTML in the
 * text and drops unsafe link targets, then the result is cleaned against an allow-list ({@link #SAFELIST}) so that
 * whatever slipped through — a {@code <script>}, a {@code javascript:} URL, an {@code on…=} attribute — is gone.
 * A module that wants more on the elements (the policy module's clause anchors) parses, then renders with its own
 * {@link AttributeProviderFactory}; only ids on headings and list items survive the clean. Stateless and
 * thread-safe.
 *
 * <p>A small module of its own, not {@code web}: domain types that keep a rendered text (a policy revision's, later a
 * finding's) may not depend on the web shell, and the kernel depends on nothing but Java, while this needs CommonMark
 * and jsoup.
 */
public final class SafeMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    /** Keeps the source spans of blocks, so that callers can map nodes back to lines (the clause comparison does). */
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /**
     * What a text may contain: structure, emphasis, lists, tables, links (http, https, mailto and in-page anchors),
     * and ids on headings and items for anchors. No images (a public page must not fetch from elsewhere), no styles,
     * no scripts, no event handlers.
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

    private SafeMarkdown() {
    }

    /** The text as safe HTML; null reads as empty. */
    public static String html(String markdown) {
        return html(parse(markdown), null);
    }

    /** The parsed text, for callers that look at its structure before rendering; null reads as empty. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /** A parsed text as safe HTML, with the caller's attributes on its elements (null for none). */
    public static String html(Node document, AttributeProviderFactory attributes) {
        var builder = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true);
        if (attributes != null) {
            builder.attributeProviderFactory(attributes);
        }
        return sanitise(builder.build().render(document));
    }

    /** Any HTML cleaned against {@link #SAFELIST}; for rendered text and for fragments such as diff cells. */
    public static String sanitise(String html) {
        var settings = new Document.OutputSettings().prettyPrint(false);
        var clean = Jsoup.clean(html == null ? "" : html, "https://mamori.invalid/", SAFELIST, settings);
        // a link whose target the sanitisers dropped is left without one rather than pointing at the page itself
        return clean.replace(" href=\"\"", "");
    }
}
