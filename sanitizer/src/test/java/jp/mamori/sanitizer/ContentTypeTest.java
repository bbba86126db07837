package jp.mamori.sanitizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Recognition by content alone, as an upload check uses it: the name never enters. */
class ContentTypeTest {

    @Test
    void recognisesTheAllowListedFormatsByTheirFirstBytes() {
        assertThat(ContentType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).kind()).isEqualTo(ContentType.Kind.PDF);
        assertThat(ContentType.of(new byte[] {'P', 'K', 3, 4, 0}).kind()).isEqualTo(ContentType.Kind.ZIP);
        assertThat(ContentType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).kind())
                .isEqualTo(ContentType.Kind.JPEG);
        assertThat(ContentType.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1}).kind()).isEqualTo(ContentType.Kind.OLE2);
    }

    @Test
    void tellsTextProgramsArchivesAndOtherBinariesApart() {
        assertThat(ContentType.of("点検記録です".getBytes(StandardCharsets.UTF_8)).kind()).isEqualTo(ContentType.Kind.TEXT);
        var exe = ContentType.of(new byte[] {'M', 'Z', 0, 1});
        assertThat(exe.kind()).isEqualTo(ContentType.Kind.EXECUTABLE);
        assertThat(exe.description()).isEqualTo("Windows executable");
        assertThat(ContentType.of(new byte[] {0x1F, (byte) 0x8B, 8, 0}).kind()).isEqualTo(ContentType.Kind.ARCHIVE);
        assertThat(ContentType.of(new byte[] {1, 0, 2, 3}).kind()).isEqualTo(ContentType.Kind.BINARY);
        assertThat(ContentType.of(null).kind()).isEqualTo(ContentType.Kind.TEXT);
    }
}
