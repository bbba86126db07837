package jp.mamori.asset;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normal form of Japanese text for searching: NFKC (full-width letters and digits, half-width kana), lower
 * case, and katakana folded to hiragana, so that 「ジュウミン」, 「じゅうみん」 and 「ｼﾞｭｳﾐﾝ」 find the same asset.
 * Stored in a column of its own and searched with LIKE. Stateless and thread-safe.
 */
final class SearchText {

    /** PostgreSQL's b-tree index row limit is about 2,700 bytes; 800 characters of UTF-8 stay below it. */
    static final int MAX = 800;

    private SearchText() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        var nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            // ァ (U+30A1) … ヶ (U+30F6) map to ぁ (U+3041) … ゖ (U+3096).
            out.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The search column of an asset: its number, names, description and location, cut to {@link #MAX}. */
    static String of(AssetDetails d) {
        var all = normalise(String.join(" ", d.registerNumber(), d.name(), d.nameKana(), d.location(),
                d.description()));
        return all.length() > MAX ? all.substring(0, MAX) : all;
    }

    /** A LIKE pattern for a user's query, with LIKE's own characters escaped (escape character {@code \}). */
    static String pattern(String query) {
        var q = normalise(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + q + "%";
    }
}
