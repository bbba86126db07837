package jp.mamori.sanitizer.file;

import java.util.Set;

/** The content types on the allow-list, with the declared extensions that agree with each. */
enum FileType {
    PDF("application/pdf", "pdf", Set.of("pdf")),
    OOXML("application/x-tika-ooxml", "docx", Set.of("docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "xltx",
            "xltm", "xlam", "pptx", "pptm", "ppsx", "ppsm", "potx", "potm")),
    ODF("application/vnd.oasis.opendocument", "odt", Set.of("odt", "ott", "ods", "ots", "odp", "otp")),
    OLE2("application/x-tika-msoffice", "doc", Set.of("doc", "dot", "xls", "xlt", "xla", "ppt", "pps", "pot")),
    // Word writes RTF under a .doc name when asked to, so .doc is no mismatch for RTF.
    RTF("application/rtf", "rtf", Set.of("rtf", "doc")),
    ZIP("application/zip", "zip", Set.of("zip")),
    PNG("image/png", "png", Set.of("png")),
    JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe", "jfif")),
    GIF("image/gif", "gif", Set.of("gif")),
    BMP("image/bmp", "bmp", Set.of("bmp", "dib")),
    /** Only a candidate: the text reader decides whether the bytes really are text in a known charset. */
    TEXT("text/plain", "txt", Set.of("txt", "csv", "tsv", "tab", "text", "log", "md", "prn")),
    UNKNOWN("application/octet-stream", "bin", Set.of());

    final String mediaType;
    final String extension;
    final Set<String> declaredExtensions;

    FileType(String mediaType, String extension, Set<String> declaredExtensions) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.declaredExtensions = declaredExtensions;
    }
}
