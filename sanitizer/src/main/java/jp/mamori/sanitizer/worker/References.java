package jp.mamori.sanitizer.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Clean-up inside XML parts after relationships were removed, and DDE formulas in worksheets. */
final class References {
    /** Elements whose reference is an attribute that may simply go (the picture or shape stays). */
    private static final Set<String> KEEP_ELEMENT = Set.of("blip", "imagedata", "fill", "stroke");
    /** Containers that are invalid when empty, removed with their last child. */
    private static final Set<String> REMOVE_WHEN_EMPTY = Set.of("oleObjects", "controls", "externalReferences",
            "definedNames");
    /** {@code app|topic!item}, as in {@code cmd|' /c calc'!A0}: Excel starts "app" on recalculation. */
    private static final Pattern DDE_FORMULA = Pattern.compile("[A-Za-z0-9_.\\-]+\\s*\\|\\s*('[^']*'|[^!]*)!");
    private static final String SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final Pattern AUTO_MACRO_NAME =
            Pattern.compile("(?i)(_xlnm\\.)?auto_(open|close|activate|deactivate).*");

    private References() {
    }

    /** Removes elements (or attributes) that refer to a removed relationship id; true when anything changed. */
    static boolean removeDangling(Element root, Set<String> ids) {
        List<Element> doomed = new ArrayList<>();
        List<Attr> cut = new ArrayList<>();
        walk(root, ids, doomed, cut);
        cut.forEach(a -> a.getOwnerElement().removeAttributeNode(a));
        for (Element e : doomed) {
            Node parent = e.getParentNode();
            if (parent == null) {
                continue;
            }
            parent.removeChild(e);
            if (parent instanceof Element p && REMOVE_WHEN_EMPTY.contains(p.getLocalName())
                    && Relationships.children(p).isEmpty() && p.getParentNode() != null) {
                p.getParentNode().removeChild(p);
            }
        }
        return !doomed.isEmpty() || !cut.isEmpty();
    }

    private static void walk(Element e, Set<String> ids, List<Element> doomed, List<Attr> cut) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            boolean relationshipRef = OoxmlCatalogue.RELATIONSHIPS_NS.equals(a.getNamespaceURI())
                    || "relid".equals(a.getLocalName()); // VML's o:relid
            if (relationshipRef && ids.contains(a.getValue())) {
                if (KEEP_ELEMENT.contains(e.getLocalName())) {
                    cut.add(a);
                } else {
                    doomed.add(e);
                    return;
                }
            }
        }
        // A workbook's Auto_Open name would point at a removed macro sheet; Excel 4 macros start from it.
        if ("definedName".equals(e.getLocalName()) && SML.equals(e.getNamespaceURI())
                && AUTO_MACRO_NAME.matcher(e.getAttribute("name")).matches()) {
            doomed.add(e);
            return;
        }
        for (Element child : Relationships.children(e)) {
            walk(child, ids, doomed, cut);
        }
    }

    /** Removes formulas that call DDE, keeping the cell's cached value; returns how many. */
    static int removeDdeFormulas(Element root) {
        List<Element> formulas = new ArrayList<>();
        collectFormulas(root, formulas);
        int n = 0;
        for (Element f : formulas) {
            if (DDE_FORMULA.matcher(f.getTextContent()).find()) {
                f.getParentNode().removeChild(f);
                n++;
            }
        }
        return n;
    }

    private static void collectFormulas(Element e, List<Element> out) {
        for (Element child : Relationships.children(e)) {
            if ("f".equals(child.getLocalName()) && SML.equals(child.getNamespaceURI())) {
                out.add(child);
            } else {
                collectFormulas(child, out);
            }
        }
    }
}
