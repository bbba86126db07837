package jp.mamori.sanitizer.worker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Neutralises Word fields that run or fetch something (DDE, DDEAUTO, INCLUDETEXT, INCLUDEPICTURE, IMPORT,
 * LINK): the field codes go, the last displayed result stays as plain text. Complex fields are followed
 * across runs, so an instruction split over many {@code w:instrText} elements (which DocBleach's regex
 * missed) is still seen whole.
 */
final class WordFields {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final Set<String> DANGEROUS = Set.of("DDE", "DDEAUTO", "INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE",
            "IMPORT", "LINK");

    private WordFields() {
    }

    /** Whether a field instruction starts with a dangerous field name. */
    static boolean isDangerous(String instruction) {
        String s = instruction.strip();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return DANGEROUS.contains(s.substring(0, end).toUpperCase(Locale.ROOT));
    }

    /** Neutralises the dangerous fields under {@code root}; returns their instructions, for the report. */
    static List<String> neutralise(Element root) {
        List<String> removed = new ArrayList<>();
        List<Element> simple = new ArrayList<>();
        List<Element> marks = new ArrayList<>();
        collect(root, simple, marks);
        for (Element field : simple) {
            String instr = field.getAttributeNS(W, "instr");
            if (isDangerous(instr)) {
                Node parent = field.getParentNode();
                while (field.getFirstChild() != null) {
                    parent.insertBefore(field.getFirstChild(), field); // keep the displayed result
                }
                parent.removeChild(field);
                removed.add(instr.strip());
            }
        }
        Deque<Field> open = new ArrayDeque<>();
        for (Element mark : marks) {
            if (mark.getLocalName().equals("instrText")) {
                Field top = open.peek();
                if (top != null && !top.inResult) {
                    top.parts.add(mark);
                    top.instruction.append(mark.getTextContent());
                }
                continue;
            }
            String type = mark.getAttributeNS(W, "fldCharType");
            switch (type) {
                case "begin" -> {
                    Field f = new Field();
                    f.parts.add(mark);
                    open.push(f);
                }
                case "separate" -> {
                    if (!open.isEmpty()) {
                        open.peek().inResult = true;
                        open.peek().parts.add(mark);
                    }
                }
                case "end" -> {
                    if (!open.isEmpty()) {
                        Field f = open.pop();
                        f.parts.add(mark);
                        if (isDangerous(f.instruction.toString())) {
                            f.parts.forEach(p -> p.getParentNode().removeChild(p));
                            removed.add(f.instruction.toString().strip());
                        }
                    }
                }
                default -> { }
            }
        }
        // An unterminated dangerous field is removed too: Word would still evaluate its code.
        for (Field f : open) {
            if (isDangerous(f.instruction.toString())) {
                f.parts.forEach(p -> p.getParentNode().removeChild(p));
                removed.add(f.instruction.toString().strip());
            }
        }
        return removed;
    }

    private static void collect(Node node, List<Element> simple, List<Element> marks) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "fldSimple" -> simple.add(e);
                    case "fldChar", "instrText" -> marks.add(e);
                    default -> { }
                }
            }
            collect(child, simple, marks);
        }
    }

    private static final class Field {
        final List<Element> parts = new ArrayList<>();
        final StringBuilder instruction = new StringBuilder();
        boolean inResult;
    }
}
