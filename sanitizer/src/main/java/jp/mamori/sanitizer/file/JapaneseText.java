package jp.mamori.sanitizer.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects the charset of a text file as Japanese offices write them: UTF-8 with or without BOM, UTF-16
 * with BOM, Shift_JIS (read as windows-31j so that ① and ㈱ survive), EUC-JP and ISO-2022-JP (read as the
 * Windows variant). Every candidate must decode strictly; when both Shift_JIS and EUC-JP do, the one that
 * yields more kana and kanji wins.
 */
final class JapaneseText {
    /** eucJP-open: EUC-JP plus the NEC and IBM rows that Windows-made EUC files use for ① and ㈱. */
    private static final Charset EUC_JP = Charset.forName("x-eucJP-Open");
    private static final Charset ISO_2022_JP = Charset.forName("x-windows-iso2022jp");

    record Decoded(String text, String charset) {
    }

    private JapaneseText() {
    }

    /** Null when the bytes are not text in any supported charset. */
    static Decoded decode(byte[] b) {
        if (ContentSniffer.startsWith(b, 0, 0xEF, 0xBB, 0xBF)) {
            return strict(b, 3, StandardCharsets.UTF_8);
        }
        if (ContentSniffer.startsWith(b, 0, 0xFF, 0xFE)) {
            return strict(b, 2, StandardCharsets.UTF_16LE);
        }
        if (ContentSniffer.startsWith(b, 0, 0xFE, 0xFF)) {
            return strict(b, 2, StandardCharsets.UTF_16BE);
        }
        boolean ascii = true;
        boolean escape = false;
        for (byte x : b) {
            ascii &= x >= 0;
            escape |= x == 0x1B;
        }
        if (ascii && escape && ContentSniffer.indexOf(b, new byte[] {0x1B, '$'}, b.length) >= 0) {
            Decoded jis = strict(b, 0, ISO_2022_JP);
            if (jis != null) {
                return new Decoded(jis.text(), "ISO-2022-JP");
            }
        }
        if (ascii) {
            return new Decoded(new String(b, StandardCharsets.US_ASCII), "US-ASCII");
        }
        Decoded utf8 = strict(b, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        Decoded sjis = strict(b, 0, EntryName.WINDOWS_31J);
        Decoded euc = strict(b, 0, EUC_JP);
        if (sjis == null || euc == null) {
            return sjis != null ? sjis : euc;
        }
        return score(euc.text()) > score(sjis.text()) ? euc : sjis;
    }

    /** How Japanese a decoding looks: kana and kanji count, half-width kana and private use count against. */
    private static int score(String s) {
        int score = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3040 && c <= 0x30FF) {
                score += 3; // hiragana, katakana
            } else if (c >= 0x3000 && c <= 0x303F) {
                score += 2; // 、。「」
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                score += 1;
            } else if (c >= 0xFF61 && c <= 0xFF9F) {
                score -= 2; // half-width kana: what the wrong charset usually produces
            } else if (c >= 0xE000 && c <= 0xF8FF) {
                score -= 5;
            }
        }
        return score;
    }

    private static Decoded strict(byte[] b, int offset, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            return new Decoded(text, charset.name());
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
