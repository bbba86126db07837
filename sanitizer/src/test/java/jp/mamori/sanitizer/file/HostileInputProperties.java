package jp.mamori.sanitizer.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import jp.mamori.sanitizer.FileResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated input for the in-process readers (sniffing, RTF, text, images, ZIP): the engine never
 * throws, and whatever it lets through passes the independent inspector. Worker formats are covered by the
 * corpora; here their magic is avoided to keep the property fast.
 */
class HostileInputProperties {
    private static final String[] PREFIXES = {"", "{\\rtf1 ", "{\\rtf1{\\object{\\*\\objdata ", "\u0089PNG\r\n\u001a\n",
            "\u00ff\u00d8\u00ff", "GIF89a", "BM", "PK\u0003\u0004", "\u00ef\u00bb\u00bf", "{\\rtf1{\\field{\\*\\fldinst DDE"};

    @Property(tries = 300)
    void neverThrowsAndNeverLetsActiveContentThrough(@ForAll("hostile") byte[] input) {
        FileResult result = FileEngineTestSupport.engine().sanitise(input, "x");
        assertThat(result).isNotNull();
        if (!result.report().isBlocked()) {
            assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        }
    }

    @Provide
    Arbitrary<byte[]> hostile() {
        Arbitrary<String> prefix = Arbitraries.of(PREFIXES);
        Arbitrary<byte[]> body = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        return prefix.flatMap(p -> body.map(b -> {
            byte[] head = p.getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = new byte[head.length + b.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(b, 0, all, head.length, b.length);
            return all;
        }));
    }
}
