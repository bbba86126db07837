package jp.mamori.sanitizer.worker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What active or hidden content a PDF carries, for the report. Every indirect object is visited, and the
 * direct dictionaries inside it, so an action hidden in an unreferenced object is still reported (the
 * DocBleach deep crawl never looked inside anything). Reporting only: removal is done by re-rendering.
 */
final class PdfActiveContent {
    private static final int MAX_DIRECT_DEPTH = 32;

    private final Map<String, Integer> seen = new LinkedHashMap<>();
    private final Map<String, FindingKind> kinds = new LinkedHashMap<>();

    private PdfActiveContent() {
    }

    /** One finding per kind of thing, with a count; each marked REMOVED (the rebuilt PDF lacks it). */
    static List<Finding> of(PDDocument doc) {
        PdfActiveContent crawl = new PdfActiveContent();
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        if (catalog.containsKey(COSName.OPEN_ACTION)) {
            crawl.note(FindingKind.ACTIVE_CONTENT, "OpenAction (runs on opening)");
        }
        if (catalog.containsKey(COSName.ACRO_FORM)) {
            crawl.note(FindingKind.ACTIVE_CONTENT, "interactive form (AcroForm)");
        }
        if (catalog.containsKey(COSName.METADATA) || doc.getDocument().getTrailer().containsKey(COSName.INFO)) {
            crawl.note(FindingKind.METADATA, "document metadata");
        }
        for (Map.Entry<COSObjectKey, Long> entry : doc.getDocument().getXrefTable().entrySet()) {
            COSObject object = doc.getDocument().getObjectFromPool(entry.getKey());
            COSBase base = object == null ? null : object.getObject();
            crawl.visit(base, 0);
        }
        List<Finding> findings = new ArrayList<>();
        crawl.seen.forEach((detail, count) -> findings.add(new Finding("document", crawl.kinds.get(detail),
                Action.REMOVED, count == 1 ? detail : detail + " ×" + count)));
        return findings;
    }

    private void visit(COSBase base, int depth) {
        if (depth > MAX_DIRECT_DEPTH) {
            return;
        }
        if (base instanceof COSArray array) {
            for (COSBase item : array) {
                if (!(item instanceof COSObject)) {
                    visit(item, depth + 1);
                }
            }
        } else if (base instanceof COSDictionary dict) {
            inspect(dict);
            for (COSBase value : dict.getValues()) {
                if (!(value instanceof COSObject)) {
                    visit(value, depth + 1);
                }
            }
        }
    }

    private void inspect(COSDictionary dict) {
        if (dict.containsKey(COSName.JS)) {
            note(FindingKind.SCRIPT, "JavaScript");
        }
        if (dict.containsKey(COSName.AA)) {
            note(FindingKind.ACTIVE_CONTENT, "additional actions (AA)");
        }
        if (dict.containsKey(COSName.XFA)) {
            note(FindingKind.ACTIVE_CONTENT, "XFA form");
        }
        if (dict.containsKey(COSName.EF) || COSName.EMBEDDED_FILE.equals(dict.getCOSName(COSName.TYPE))) {
            note(FindingKind.EMBEDDED_FILE, "embedded file");
        }
        COSName action = dict.getCOSName(COSName.S);
        if (action != null) {
            switch (action.getName()) {
                case "JavaScript" -> note(FindingKind.SCRIPT, "JavaScript action");
                case "Launch" -> note(FindingKind.ACTIVE_CONTENT, "Launch action (starts a program)");
                case "SubmitForm", "ImportData", "ResetForm" -> note(FindingKind.ACTIVE_CONTENT, "form action");
                case "URI", "GoToR", "GoToE", "Thread" -> note(FindingKind.EXTERNAL_LINK, "link to outside the document");
                case "RichMediaExecute", "Rendition", "Movie", "Sound", "SetOCGState", "Hide", "Named" ->
                        note(FindingKind.ACTIVE_CONTENT, action.getName() + " action");
                default -> { }
            }
        }
        COSName subtype = dict.getCOSName(COSName.SUBTYPE);
        if (subtype != null) {
            switch (subtype.getName()) {
                case "Link" -> note(FindingKind.EXTERNAL_LINK, "link annotation");
                case "Widget" -> note(FindingKind.ACTIVE_CONTENT, "form field");
                case "FileAttachment" -> note(FindingKind.EMBEDDED_FILE, "file attachment annotation");
                case "RichMedia", "Screen", "Movie", "Sound", "3D" ->
                        note(FindingKind.ACTIVE_CONTENT, subtype.getName() + " annotation");
                default -> { }
            }
        }
    }

    private void note(FindingKind kind, String detail) {
        seen.merge(detail, 1, Integer::sum);
        kinds.putIfAbsent(detail, kind);
    }
}
