package jp.mamori.sanitizer.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Legacy OLE2 and RTF samples built at test time. */
final class LegacySamples {
    private LegacySamples() {
    }

    static byte[] xls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("予算").createRow(0).createCell(0).setCellValue(OfficeSamples.TEXT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with a VBA project storage and an embedded object storage added. */
    static byte[] xlsWithMacrosAndObject() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls()))) {
            DirectoryEntry vba = fs.getRoot().createDirectory("_VBA_PROJECT_CUR");
            vba.createDirectory("VBA").createDocument("Module1",
                    new ByteArrayInputStream("Sub Auto_Open(): Shell \"calc\": End Sub".getBytes(StandardCharsets.US_ASCII)));
            vba.createDocument("PROJECT", new ByteArrayInputStream("ID=\"{0}\"".getBytes(StandardCharsets.US_ASCII)));
            fs.getRoot().createDirectory("MBD0001A2B3").createDocument("\u0001Ole10Native",
                    new ByteArrayInputStream("MZ payload".getBytes(StandardCharsets.US_ASCII)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static byte[] ppt() throws IOException {
        try (HSLFSlideShow show = new HSLFSlideShow()) {
            HSLFTextBox box = show.createSlide().createTextBox();
            box.setText(OfficeSamples.TEXT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            show.write(out);
            return out.toByteArray();
        }
    }

    /** A password-protected docx: an OLE2 file holding EncryptionInfo and EncryptedPackage. */
    static byte[] encryptedDocx() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("himitsu");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(OfficeSamples.docx());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static byte[] rtf(String body) {
        return ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil MS Mincho;}}\\f0 " + body + "}")
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
