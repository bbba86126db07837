package jp.mamori.sanitizer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import jp.mamori.sanitizer.Sanitizer;
import org.junit.jupiter.api.Test;

/** format=flowed (RFC 3676) joined again for the text-only copy. */
class FlowedTest {

    @Test
    void joinsFlowedLinesAndKeepsFixedOnes() {
        assertThat(Flowed.unwrap("This is a long \nparagraph that \nflows.\nA fixed line.\n", false))
                .isEqualTo("This is a long paragraph that flows.\nA fixed line.\n");
    }

    @Test
    void deletesTheSpaceUnderDelspAsJapaneseTextNeeds() {
        assertThat(Flowed.unwrap("お世話になっております。本日の会議の \n資料をお送りします。\n", true))
                .isEqualTo("お世話になっております。本日の会議の資料をお送りします。\n");
    }

    @Test
    void removesSpaceStuffingAndNeverJoinsTheSignatureSeparator() {
        assertThat(Flowed.unwrap("  indented by the sender\n From the start\n-- \n総務課 山田\n", false))
                .isEqualTo(" indented by the sender\nFrom the start\n-- \n総務課 山田\n");
    }

    @Test
    void joinsQuotedLinesOnlyWithinTheirDepth() {
        assertThat(Flowed.unwrap("> quoted and \n> flowed\n>> deeper \nreply\n", false))
                .isEqualTo("> quoted and flowed\n>> deeper \nreply\n");
    }

    @Test
    void aFlowedMailArrivesAsJoinedParagraphs() throws java.io.IOException {
        String mail = "From: a@example.jp\r\nTo: b@town.example.lg.jp\r\nSubject: flowed\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + "お世話になっております。本日の会議の \r\n資料をお送りします。\r\n";
        try (Sanitizer sanitizer = Sanitizer.create()) {
            var result = sanitizer.sanitiseMail(mail.getBytes(StandardCharsets.UTF_8));
            assertThat(OutputInspection.inspect(result.message()).body())
                    .contains("お世話になっております。本日の会議の資料をお送りします。");
        }
    }
}
