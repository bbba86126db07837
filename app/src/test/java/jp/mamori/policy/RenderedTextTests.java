package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

/** The cache of rendered approved revisions, without Spring. */
class RenderedTextTests {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID DOCUMENT = UUID.randomUUID();
    private static final Signatory AUTHOR = new Signatory(UUID.randomUUID(), UUID.randomUUID(), "起案 太郎");
    private static final Signatory APPROVER = new Signatory(UUID.randomUUID(), UUID.randomUUID(), "承認 花子");
    private static final String TEXT = "## 1. 目的\n\n本文\n\n## 2. 対象\n\n- ① 職員\n";

    static Revision draft(String body) {
        return Revision.draft(TENANT, DOCUMENT, 2, RevisionKind.AMENDED, LocalDate.of(2026, 4, 1), "概要", body, AUTHOR);
    }

    static Revision approved(String body) {
        var revision = draft(body);
        assertThat(revision.submit(Instant.now()).allowed()).isTrue();
        assertThat(revision.approve(APPROVER, null, Instant.now()).allowed()).isTrue();
        return revision;
    }

    @Test
    void anApprovedRevisionIsRenderedOnceAndThenServedFromTheCache() {
        var rendered = new RenderedText();
        var revision = approved(TEXT);

        var first = rendered.html(revision);
        var second = rendered.html(revision);

        assertThat(first).isEqualTo(PolicyText.html(TEXT)).contains("id=\"clause-1\"");
        assertThat(second).isSameAs(first); // the very same string: not rendered again
        assertThat(rendered.size()).isEqualTo(1);
    }

    @Test
    void aDraftIsNeverCachedAndItsEditsShowAtOnce() {
        var rendered = new RenderedText();
        var revision = draft(TEXT);

        var first = rendered.html(revision);
        assertThat(rendered.html(revision)).isEqualTo(first).isNotSameAs(first);
        assertThat(revision.edit(RevisionKind.AMENDED, LocalDate.of(2026, 4, 1), "概要", "## 1. 改めた目的\n").allowed())
                .isTrue();

        assertThat(rendered.html(revision)).contains("改めた目的").doesNotContain("本文");
        assertThat(rendered.size()).isZero();
    }

    @Test
    void aRevisionUnderReviewIsNotCachedEither() {
        var rendered = new RenderedText();
        var revision = draft(TEXT);
        assertThat(revision.submit(Instant.now()).allowed()).isTrue();

        rendered.html(revision);

        assertThat(rendered.size()).isZero();
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedRevisions() {
        var rendered = new RenderedText(2);
        var a = approved("## 1. A\n");
        var b = approved("## 1. B\n");
        var c = approved("## 1. C\n");
        var htmlOfA = rendered.html(a);
        rendered.html(b);
        assertThat(rendered.html(a)).isSameAs(htmlOfA); // a is now the most recently used
        rendered.html(c); // b is dropped

        assertThat(rendered.size()).isEqualTo(2);
        assertThat(rendered.html(a)).isSameAs(htmlOfA);
    }

    @Test
    void manyReadersAtOnceGetTheSameHtml() throws Exception {
        var rendered = new RenderedText(8);
        var revisions = new ArrayList<Revision>();
        for (int i = 1; i <= 20; i++) {
            revisions.add(approved("## " + i + ". 条 " + i + "\n"));
        }
        var tasks = new ArrayList<Callable<Boolean>>();
        for (int t = 0; t < 400; t++) {
            var revision = revisions.get(t % revisions.size());
            tasks.add(() -> rendered.html(revision).equals(PolicyText.html(revision.body())));
        }
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (var result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(rendered.size()).isEqualTo(8);
    }
}
