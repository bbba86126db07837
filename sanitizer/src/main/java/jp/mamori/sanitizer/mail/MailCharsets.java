package jp.mamori.sanitizer.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Charset labels as Japanese mailers use them, mapped to the decoder that reads what they really send.
 *
 * <p>Labels lie: "ISO-2022-JP" mail carries NEC and IBM extension characters (① ㈱ 髙), "Shift_JIS" is
 * really Windows code page 932, and some mailers label Shift_JIS bytes as ISO-2022-JP or send 8-bit text
 * without any label. So the labelled decoder is tried strictly first; if the bytes do not fit it, the
 * content decides. Never throws; the last resort is a lossy decode with U+FFFD, which a caller can see.
 */
final class MailCharsets {

    static final Charset ISO_2022_JP_WINDOWS = Charset.forName("x-windows-iso2022jp");
    /** Also reads JIS X 0201 half-width katakana after ESC ( I, which some old mailers send. */
    static final Charset ISO_2022_JP_50221 = Charset.forName("x-windows-50221");
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    /** EUC-JP with the NEC and IBM extension rows, so ① survives here too. */
    static final Charset EUC_JP_OPEN = Charset.forName("x-eucJP-Open");

    private static final Map<String, Charset> JAPANESE = Map.ofEntries(
            Map.entry("iso-2022-jp", ISO_2022_JP_WINDOWS),
            Map.entry("csiso2022jp", ISO_2022_JP_WINDOWS),
            Map.entry("iso2022jp", ISO_2022_JP_WINDOWS),
            Map.entry("jis", ISO_2022_JP_WINDOWS),
            Map.entry("iso-2022-jp-1", ISO_2022_JP_WINDOWS),
            Map.entry("iso-2022-jp-3", ISO_2022_JP_WINDOWS),
            Map.entry("x-windows-iso2022jp", ISO_2022_JP_WINDOWS),
            Map.entry("shift_jis", WINDOWS_31J),
            Map.entry("shift-jis", WINDOWS_31J),
            Map.entry("sjis", WINDOWS_31J),
            Map.entry("x-sjis", WINDOWS_31J),
            Map.entry("ms_kanji", WINDOWS_31J),
            Map.entry("csshiftjis", WINDOWS_31J),
            Map.entry("windows-31j", WINDOWS_31J),
            Map.entry("cp932", WINDOWS_31J),
            Map.entry("ms932", WINDOWS_31J),
            Map.entry("x-ms-cp932", WINDOWS_31J),
            Map.entry("shift_jisx0213", WINDOWS_31J),
            Map.entry("euc-jp", EUC_JP_OPEN),
            Map.entry("x-euc-jp", EUC_JP_OPEN),
            Map.entry("eucjp", EUC_JP_OPEN),
            Map.entry("euc_jp", EUC_JP_OPEN),
            Map.entry("cseucpkdfmtjapanese", EUC_JP_OPEN),
            Map.entry("utf-8", StandardCharsets.UTF_8),
            Map.entry("utf8", StandardCharsets.UTF_8));

    private MailCharsets() {
    }

    /** The decoder for a label, or null when the label is absent, unknown or not usable. */
    static Charset forLabel(String label) {
        if (label == null) {
            return null;
        }
        String key = label.strip().toLowerCase(Locale.ROOT);
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1).strip();
        }
        if (key.isEmpty() || key.length() > 40) {
            return null;
        }
        Charset japanese = JAPANESE.get(key);
        if (japanese != null) {
            return japanese;
        }
        try {
            return Charset.isSupported(key) ? Charset.forName(key) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Decodes text whose label may be missing or wrong. Never throws. */
    static String decode(byte[] bytes, String label) {
        Charset labelled = forLabel(label);
        if (labelled != null && isLatin1Family(labelled)) {
            // Every byte is valid Latin-1, so a strict decode proves nothing; UTF-8 mislabelled as
            // Latin-1 (common with web forms and old gateways) shows itself by being valid UTF-8.
            String utf8 = hasEightBit(bytes) ? strictly(bytes, StandardCharsets.UTF_8) : null;
            if (utf8 != null) {
                return utf8;
            }
        }
        if (labelled != null) {
            String strict = strictly(bytes, labelled);
            if (strict != null) {
                return strict;
            }
        }
        return guess(bytes, labelled);
    }

    /** Decodes bytes of unknown charset by their content: JIS escapes, UTF-8, Shift_JIS or EUC-JP. */
    static String guess(byte[] bytes, Charset fallback) {
        boolean eightBit = false;
        boolean escape = false;
        for (byte b : bytes) {
            if (b < 0) {
                eightBit = true;
                break;
            }
            if (b == 0x1B) {
                escape = true;
            }
        }
        if (!eightBit) {
            if (escape) {
                String jis = strictly(bytes, ISO_2022_JP_WINDOWS);
                if (jis != null) {
                    return jis;
                }
                jis = strictly(bytes, ISO_2022_JP_50221);
                if (jis != null) {
                    return jis;
                }
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        String utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        String sjis = strictly(bytes, WINDOWS_31J);
        String euc = strictly(bytes, EUC_JP_OPEN);
        if (sjis != null && euc != null) {
            return japaneseScore(euc) > japaneseScore(sjis) ? euc : sjis;
        }
        if (sjis != null) {
            return sjis;
        }
        if (euc != null) {
            return euc;
        }
        return new String(bytes, fallback != null ? fallback : WINDOWS_31J);
    }

    private static boolean isLatin1Family(Charset charset) {
        String name = charset.name();
        return name.equals("ISO-8859-1") || name.equals("windows-1252") || name.equals("ISO-8859-15");
    }

    private static boolean hasEightBit(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** Null when the bytes are not valid in that charset. */
    static String strictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * How Japanese a decoding looks: hiragana, katakana and common kanji score, half-width katakana and
     * rare symbols (what a wrong guess between Shift_JIS and EUC-JP usually produces) do not.
     */
    private static int japaneseScore(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u3040' && c <= '\u30ff') || (c >= '\u4e00' && c <= '\u9fff') || c == '\u3001'
                    || c == '\u3002') {
                score += 2;
            } else if (c >= '\uff61' && c <= '\uff9f') {
                score -= 1;
            }
        }
        return score;
    }
}
