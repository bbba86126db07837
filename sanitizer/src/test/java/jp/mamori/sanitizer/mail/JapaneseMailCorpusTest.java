package jp.mamori.sanitizer.mail;

import static jp.mamori.sanitizer.mail.JapaneseMailCorpus.ATTACHMENT;
import static jp.mamori.sanitizer.mail.JapaneseMailCorpus.BODY;
import static jp.mamori.sanitizer.mail.JapaneseMailCorpus.LONG_ATTACHMENT;
import static jp.mamori.sanitizer.mail.JapaneseMailCorpus.SENDER;
import static jp.mamori.sanitizer.mail.JapaneseMailCorpus.SUBJECT;
import static jp.mamori.sanitizer.mail.MailFixture.corpus;
import static jp.mamori.sanitizer.mail.MailFixture.engine;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.AttachmentHandling;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.MailResult;
import jp.mamori.sanitizer.Verdict;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class JapaneseMailCorpusTest {

    static List<Path> corpusFiles() {
        return MailFixture.files(MailFixture.CORPUS);
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void everyCorpusMailIsEitherBlockedWithAReasonOrRebuiltSafely(Path file) throws Exception {
        for (AttachmentHandling handling : AttachmentHandling.values()) {
            MailResult result = engine(handling).sanitise(java.nio.file.Files.readAllBytes(file));
            boolean hostile = file.getFileName().toString().startsWith("hostile-");
            assertThat(result.isBlocked()).as(file + " blocked").isEqualTo(hostile);
            if (hostile) {
                assertThat(result.report().blockReason()).isNotBlank();
                assertThat(result.report().findings()).extracting(f -> f.kind())
                        .containsOnly(FindingKind.AMBIGUOUS_STRUCTURE);
            } else {
                assertThat(OutputInspection.inspect(result.message()).body()).as("no 文字化け").doesNotContain("\uFFFD");
            }
        }
    }

    @Test
    void outlookIso2022JpKeepsNecAndIbmCharactersInSubjectSenderAndBody() throws Exception {
        MailResult result = engine(AttachmentHandling.HOLD).sanitise(corpus("outlook-iso2022jp-alternative.eml"));
        var out = OutputInspection.inspect(result.message());
        assertThat(out.message().getSubject()).isEqualTo(SUBJECT);
        assertThat(((Mailbox) out.message().getFrom().get(0)).getName()).isEqualTo(SENDER);
        assertThat(out.body()).contains(BODY.strip());
        assertThat(result.held()).singleElement().satisfies(h -> {
            assertThat(h.fileName()).isEqualTo(ATTACHMENT);
            assertThat(h.sha256()).hasSize(64);
            assertThat(out.body()).contains(h.referenceId());
        });
        assertThat(result.report().findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.ACTIVE_CONTENT);
            assertThat(f.action()).isEqualTo(Action.REMOVED);
        });
    }

    @Test
    void rfc2231ContinuationNameSurvivesConversionExactly() throws Exception {
        MailResult result = engine(AttachmentHandling.CONVERT).sanitise(corpus("thunderbird-utf8-rfc2231.eml"));
        var out = OutputInspection.inspect(result.message());
        assertThat(out.attachmentNames()).containsExactly(LONG_ATTACHMENT);
        assertThat(out.message().getSubject()).isEqualTo("Re: " + SUBJECT);
        assertThat(out.message().getCc().flatten()).extracting(Mailbox::getAddress)
                .containsExactly("jiro@example.jp", "kikaku@city.example.lg.jp");
        assertThat(out.message().getHeader().getField("References").getBody())
                .contains("<first@city.example.lg.jp>", "<abc@city.example.lg.jp>");
    }

    @Test
    void beckySubjectSplitInsideACharacterIsJoinedAndShiftJisBodyRead() throws Exception {
        MailResult result = engine(AttachmentHandling.REMOVE).sanitise(corpus("becky-sjis-split-words.eml"));
        var out = OutputInspection.inspect(result.message());
        assertThat(out.message().getSubject()).isEqualTo(SUBJECT);
        assertThat(((Mailbox) out.message().getFrom().get(0)).getName()).isEqualTo("鈴木 髙志");
        assertThat(out.body()).contains(BODY.strip()).contains("「" + ATTACHMENT + "」");
    }

    @Test
    void eucJpAndMalformedEightBitHeadersAreRead() throws Exception {
        var euc = OutputInspection.inspect(engine(AttachmentHandling.REMOVE).sanitise(corpus("eucjp-plain.eml")).message());
        assertThat(euc.message().getSubject()).isEqualTo(SUBJECT);
        assertThat(euc.body()).contains(BODY.strip());
        var raw = OutputInspection.inspect(engine(AttachmentHandling.REMOVE).sanitise(corpus("malformed-8bit-headers.eml")).message());
        assertThat(raw.message().getSubject()).isEqualTo(SUBJECT);
        assertThat(((Mailbox) raw.message().getFrom().get(0)).getName()).isEqualTo(SENDER);
        assertThat(raw.body()).contains(BODY.strip());
        var wrong = OutputInspection.inspect(engine(AttachmentHandling.REMOVE).sanitise(corpus("wrong-charset-label.eml")).message());
        assertThat(wrong.message().getSubject()).isEqualTo(SUBJECT);
        assertThat(wrong.body()).contains(BODY.strip());
    }

    @Test
    void htmlMailBecomesReadableTextWithEveryActiveThingReported() throws Exception {
        MailResult result = engine(AttachmentHandling.REMOVE).sanitise(corpus("gmail-html-active.eml"));
        var out = OutputInspection.inspect(result.message());
        assertThat(out.body()).contains("・第1項 パスワード変更", "1. 申請", "2. 承認", "項目 | 金額", "①機器 | 12,000円",
                "hxxps://www[.]city[.]example[.]lg[.]jp/ [hxxps://phish[.]example[.]com/login]", "㈱髙島屋からのご案内です。");
        assertThat(out.body()).doesNotContain("document.location", "p{color", "password");
        assertThat(result.report().verdict()).isEqualTo(Verdict.SANITISED);
        assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.SCRIPT,
                FindingKind.ACTIVE_CONTENT, FindingKind.EXTERNAL_LINK);
        assertThat(out.body()).contains("スクリプト", "入力フォーム", "外部から読み込まれる画像");
    }

    @Test
    void attachedMailIsOpenedAndItsFileHandledAsAnAttachment() throws Exception {
        MailResult result = engine(AttachmentHandling.HOLD).sanitise(corpus("forwarded-rfc822.eml"));
        var out = OutputInspection.inspect(result.message());
        assertThat(out.body()).contains("転送します。", "件名: 転送元の件名①", "転送される本文です。", "差出人: " + SENDER);
        assertThat(result.held()).extracting(h -> h.fileName()).containsExactly("仕様書.pdf");
        assertThat(result.report().findings()).anySatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.EMBEDDED_FILE));
    }

    @Test
    void uuencodedFileInTheBodyIsRemoved() throws Exception {
        MailResult result = engine(AttachmentHandling.REMOVE).sanitise(corpus("uuencode-in-body.eml"));
        var out = OutputInspection.inspect(result.message());
        assertThat(out.body()).contains("ファイルを送ります。", "以上").doesNotContain("begin 644", "M(&AE");
    }

    @Test
    void winmailDatFromTheCorpusIsOpened() throws Exception {
        MailResult result = real(jp.mamori.sanitizer.SanitizerPolicy.LGWAN_HOLD, corpus("outlook-winmail-dat.eml"));
        var out = OutputInspection.inspect(result.message());
        assertThat(out.body()).contains("議事録を送ります。", "winmail.dat");
        assertThat(result.held()).extracting(h -> h.fileName()).containsExactly("minutes.txt");
    }

    @Test
    void unreadableWinmailDatIsRemovedNotPassedOn() throws Exception {
        MailResult result = real(jp.mamori.sanitizer.SanitizerPolicy.LGWAN_CONVERT, corpus("fake-winmail-dat.eml"));
        var out = OutputInspection.inspect(result.message());
        assertThat(out.attachmentNames()).isEmpty();
        assertThat(result.report().findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.UNKNOWN_TYPE);
            assertThat(f.action()).isEqualTo(Action.REMOVED);
        });
    }

    @ParameterizedTest
    @EnumSource(AttachmentHandling.class)
    void attachmentsFollowThePolicy(AttachmentHandling handling) throws Exception {
        MailResult result = engine(handling).sanitise(corpus("outlook-iso2022jp-alternative.eml"));
        var out = OutputInspection.inspect(result.message());
        Action expected = switch (handling) {
            case REMOVE -> Action.REMOVED;
            case CONVERT -> Action.CONVERTED;
            case HOLD -> Action.HELD;
        };
        assertThat(result.report().findings()).filteredOn(f -> f.kind() == FindingKind.ATTACHMENT)
                .singleElement().satisfies(f -> assertThat(f.action()).isEqualTo(expected));
        assertThat(out.attachmentNames()).hasSize(handling == AttachmentHandling.CONVERT ? 1 : 0);
        assertThat(result.held()).hasSize(handling == AttachmentHandling.HOLD ? 1 : 0);
        assertThat(out.body()).contains(ATTACHMENT).contains("21 バイト");
    }

    /** The real engine: winmail.dat is opened in a worker process, as in production. */
    private static MailResult real(jp.mamori.sanitizer.SanitizerPolicy policy, byte[] mail) {
        try (var engine = jp.mamori.sanitizer.Sanitizer.create(policy)) {
            return engine.sanitiseMail(mail);
        }
    }
}
