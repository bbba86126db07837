package jp.mamori.sanitizer.worker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** OPC relationship parts: their entries, and where their targets and sources live in the package. */
final class Relationships {
    private Relationships() {
    }

    static List<Element> of(Document rels) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(rels.getDocumentElement())) {
            if (e.getLocalName().equals("Relationship")) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName() != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** {@code word/_rels/document.xml.rels} → {@code word/document.xml}; {@code _rels/.rels} → "". */
    static String sourceOf(String relsPart) {
        int slash = relsPart.lastIndexOf("_rels/");
        String folder = relsPart.substring(0, slash);
        String file = relsPart.substring(slash + "_rels/".length(), relsPart.length() - ".rels".length());
        return folder + file;
    }

    /** {@code word/document.xml} → {@code word/_rels/document.xml.rels}. */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** A target relative to its source part's folder (or absolute with a leading slash), normalised. */
    static String resolve(String source, String target) {
        String path = target.startsWith("/") ? target.substring(1)
                : source.substring(0, source.lastIndexOf('/') + 1) + target;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.equals("..")) {
                segments.pollLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                segments.addLast(s);
            }
        }
        return String.join("/", segments);
    }
}
