package jp.mamori.sanitizer.worker;

/** The formats that are only ever parsed inside a worker process. */
public enum IsolatedFormat {
    /** Portable Document Format: re-rendered to images. */
    PDF(1),
    /** Office Open XML packages (docx, xlsx, pptx and their macro-enabled forms). */
    OOXML(2),
    /** Legacy OLE2 compound files (doc, xls, ppt; encrypted OOXML also arrives in this container). */
    OLE2(3),
    /** Outlook's TNEF container (winmail.dat): opened, its files packed for the calling side. */
    TNEF(4),
    /** OpenDocument text, spreadsheets and presentations (odt, ods, odp and their templates). */
    ODF(5);

    final int code;

    IsolatedFormat(int code) {
        this.code = code;
    }
}
