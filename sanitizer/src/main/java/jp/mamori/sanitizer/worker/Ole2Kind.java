package jp.mamori.sanitizer.worker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFSlideShowImpl;
import org.apache.poi.hssf.extractor.ExcelExtractor;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.sl.extractor.SlideShowExtractor;

/** The three legacy Office formats: how to recognise each, extract its text, and spot in-stream macros. */
enum Ole2Kind {
    WORD("WordDocument", "doc", "application/msword"),
    EXCEL("Workbook", "xls", "application/vnd.ms-excel"),
    POWERPOINT("PowerPoint Document", "ppt", "application/vnd.ms-powerpoint");

    static final String GENERIC = "application/x-tika-msoffice";
    private static final int BIFF_BOUNDSHEET = 0x0085;
    private static final int BIFF_EOF = 0x000A;
    private static final int PPT_VBA_INFO_ATOM = 0x0400;
    private static final int PPT_OLE_STORAGE = 0x1011;

    final String mainStream;
    final String extension;
    final String mediaType;

    Ole2Kind(String mainStream, String extension, String mediaType) {
        this.mainStream = mainStream;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static Ole2Kind of(DirectoryEntry root) {
        for (Ole2Kind kind : values()) {
            if (root.hasEntry(kind.mainStream)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The text POI extracts, from a file system of its own: closing an extractor closes the file system
     * under it, which must never be the one we are still copying from.
     */
    String text(byte[] file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            return text(fs.getRoot());
        }
    }

    private String text(DirectoryNode dir) throws IOException {
        return switch (this) {
            case WORD -> {
                try (WordExtractor x = new WordExtractor(new HWPFDocument(dir))) {
                    yield x.getText();
                }
            }
            case EXCEL -> {
                try (ExcelExtractor x = new ExcelExtractor(new HSSFWorkbook(dir, true))) {
                    yield x.getText();
                }
            }
            case POWERPOINT -> {
                try (HSLFSlideShow show = new HSLFSlideShow(new HSLFSlideShowImpl(dir));
                     SlideShowExtractor<?, ?> x = new SlideShowExtractor<>(show)) {
                    yield x.getText();
                }
            }
        };
    }

    /**
     * Active content stored inside the main stream itself, which removing storages cannot reach: Excel 4
     * macro sheets and VB modules (BOUNDSHEET types 1 and 6), PowerPoint's VBA project and embedded OLE
     * storages (records 0x03FF and 0x1011). Null when there is none.
     */
    String activeContentInMainStream(byte[] s) {
        if (this == EXCEL) {
            for (int i = 0; i + 4 <= s.length; ) {
                int type = u16(s, i);
                int length = u16(s, i + 2);
                if (type == BIFF_EOF) {
                    break; // end of the workbook globals, where BOUNDSHEETs live
                }
                if (type == BIFF_BOUNDSHEET && i + 4 + 6 <= s.length) {
                    int sheetType = s[i + 4 + 5] & 0xFF;
                    if (sheetType == 0x01 || sheetType == 0x06) {
                        return "Excel 4.0 macro sheet or VB module inside the workbook cannot be removed safely";
                    }
                }
                i += 4 + length;
            }
        } else if (this == POWERPOINT) {
            for (int i = 0; i + 8 <= s.length; ) {
                int version = u16(s, i) & 0x0F;
                int type = u16(s, i + 2);
                long length = u32(s, i + 4);
                // VBAInfoAtom: persistIdRef, then fHasMacros (1 when a VBA project is attached).
                if (type == PPT_VBA_INFO_ATOM && i + 16 <= s.length && u32(s, i + 12) != 0) {
                    return "PowerPoint VBA project inside the presentation cannot be removed safely";
                }
                if (type == PPT_OLE_STORAGE) {
                    return "embedded OLE object inside the presentation cannot be removed safely";
                }
                i += version == 0x0F ? 8 : (int) Math.min(Integer.MAX_VALUE, 8 + length); // enter containers
                if (i < 0) {
                    break;
                }
            }
        }
        return null;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
    }
}
