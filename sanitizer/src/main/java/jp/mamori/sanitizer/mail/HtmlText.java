package jp.mamori.sanitizer.mail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Converts an HTML mail body to readable plain text with jsoup: paragraphs and headings as blank-line
 * separated blocks, list items as {@code ・} or numbered lines, table rows as lines with cells separated
 * by {@code |}, block quotes prefixed with {@code >}, links as their text followed by the target in
 * brackets (defanged later with the rest of the body). Scripts, styles, forms, frames, objects and
 * remote images leave nothing but a count, reported as findings.
 *
 * <p>Deliberately not {@code Element.text()}: it collapses all structure into one line, which makes a
 * table or a list unreadable (the procurement text asks that HTML mail is still readable).
 */
final class HtmlText {

    /** What was dropped or converted, for the report and the notice. */
    record Counts(int scripts, int forms, int frames, int remoteImages, int links, int handlers) {
    }

    record Result(String text, Counts counts) {
    }

    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "noscript", "template",
            "object", "embed", "applet", "iframe", "frame", "frameset", "svg", "math", "canvas", "audio",
            "video", "select", "textarea", "button", "input", "option", "datalist", "meta", "link", "base");
    private static final Set<String> BLOCKS = Set.of("div", "section", "article", "header", "footer", "nav",
            "aside", "main", "address", "center", "form", "fieldset", "figure", "figcaption", "details",
            "summary", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
            "blockquote", "ul", "ol");

    private HtmlText() {
    }

    static Result convert(String html) {
        return convert(html, Deadline.none(), "html");
    }

    static Result convert(String html, Deadline deadline, String location) {
        deadline.check(location);
        Element body = Jsoup.parse(html).body();
        Writer writer = new Writer(deadline, location);
        Element document = body.ownerDocument() == null ? body : body.ownerDocument();
        document.filter(writer);
        return new Result(writer.out.finish(), writer.counts());
    }

    private static final class Writer implements NodeFilter {
        final TextSink out = new TextSink();
        final Deadline deadline;
        final String location;
        int nodes;
        final Deque<int[]> lists = new ArrayDeque<>();
        int scripts;
        int forms;
        int frames;
        int remoteImages;
        int links;
        int handlers;
        int pre;
        boolean firstCell;

        Writer(Deadline deadline, String location) {
            this.deadline = deadline;
            this.location = location;
        }

        Counts counts() {
            return new Counts(scripts, forms, frames, remoteImages, links, handlers);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if ((++nodes & 0x3ff) == 0) {
                deadline.check(location);
            }
            if (node instanceof TextNode text) {
                if (pre > 0) {
                    out.preformatted(text.getWholeText());
                } else {
                    out.text(text.text().replace('\u00a0', ' '));
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (e.attributesSize() > 0) {
                for (org.jsoup.nodes.Attribute a : e.attributes()) {
                    if (a.getKey().regionMatches(true, 0, "on", 0, 2)) {
                        handlers++;
                    }
                }
            }
            if (SKIPPED.contains(tag)) {
                count(e, tag);
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (tag) {
                case "br" -> out.newline();
                case "hr" -> {
                    out.newline();
                    out.text("――――――――――");
                    out.newline();
                }
                case "img" -> image(e);
                case "li" -> item();
                case "tr" -> {
                    out.newline();
                    firstCell = true;
                }
                case "td", "th" -> {
                    if (!firstCell) {
                        out.text(" | ");
                    }
                    firstCell = false;
                }
                case "ul", "ol" -> {
                    out.blankLine();
                    lists.push(new int[] {tag.equals("ol") ? 1 : 0});
                }
                case "blockquote" -> {
                    out.blankLine();
                    out.quote(+1);
                }
                case "pre" -> {
                    out.blankLine();
                    pre++;
                }
                case "a" -> {
                    if (e.hasAttr("href")) {
                        links++;
                    }
                }
                default -> {
                    if (PARAGRAPHS.contains(tag)) {
                        out.blankLine();
                    } else if (BLOCKS.contains(tag)) {
                        out.newline();
                    }
                }
            }
            if (tag.equals("form")) {
                forms++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            switch (tag) {
                case "a" -> link(e);
                case "ul", "ol" -> {
                    lists.poll();
                    out.blankLine();
                }
                case "blockquote" -> {
                    out.quote(-1);
                    out.blankLine();
                }
                case "pre" -> {
                    pre--;
                    out.blankLine();
                }
                case "table" -> out.blankLine();
                default -> {
                    if (PARAGRAPHS.contains(tag)) {
                        out.blankLine();
                    } else if (BLOCKS.contains(tag)) {
                        out.newline();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        private void count(Element e, String tag) {
            switch (tag) {
                case "script", "noscript" -> scripts++;
                case "iframe", "frame", "frameset", "object", "embed", "applet" -> frames++;
                case "link", "meta" -> {
                    if (e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                        scripts++;
                    }
                }
                default -> {
                }
            }
        }

        private void item() {
            out.newline();
            int[] list = lists.peek();
            String indent = "  ".repeat(Math.max(0, lists.size() - 1));
            if (list != null && list[0] > 0) {
                out.text(indent + (list[0]++) + ". ");
            } else {
                out.text(indent + "・");
            }
        }

        private void image(Element e) {
            String src = e.attr("src").strip().toLowerCase(Locale.ROOT);
            if (src.startsWith("http:") || src.startsWith("https:") || src.startsWith("//")) {
                remoteImages++;
            }
            String alt = e.attr("alt").strip();
            if (!alt.isEmpty()) {
                out.text("[画像: " + alt + "]");
            }
        }

        private void link(Element e) {
            String href = e.attr("href").strip();
            String lower = href.toLowerCase(Locale.ROOT);
            if (lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("data:")) {
                scripts++;
                return;
            }
            if (href.isEmpty() || href.startsWith("#") || lower.startsWith("cid:")) {
                return;
            }
            String shown = e.text().strip();
            if (!shown.equals(href) && !shown.equals(href.replaceFirst("(?i)^mailto:", ""))) {
                out.text(" [" + href.replace('\n', ' ') + "]");
            }
        }
    }
}
