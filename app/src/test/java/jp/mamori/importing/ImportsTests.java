package jp.mamori.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jp.mamori.DatabaseTest;
import jp.mamori.kernel.EditConflict;
import jp.mamori.web.ImportSheet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The pipeline: uploads wait in the database, bound and expiring; confirmation is all or nothing and re-checked. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
class ImportsTests {

    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;

    final UUID tenant = UUID.randomUUID();
    final UUID account = UUID.randomUUID();
    final Names names = new Names();

    static final byte[] FILE = "名前\r\n甲\r\n乙\r\n".getBytes(StandardCharsets.UTF_8);

    /** A register of names: a row without a name is a problem; the basis is whatever the test says the data is. */
    static class Names implements SheetImport<NamesPlan> {
        final AtomicReference<String> data = new AtomicReference<>("v1");
        final List<String> written = new ArrayList<>();
        boolean failOnApply;

        @Override
        public String kind() {
            return "test.names";
        }

        @Override
        public NamesPlan plan(UUID tenantId, ImportSheet.Sheet sheet) {
            var problems = new ArrayList<RowProblem>();
            var values = new ArrayList<String>();
            for (var row : sheet.rows()) {
                if (row.get("名前").isEmpty()) {
                    problems.add(RowProblem.of(row.number(), "名前", "importing.test.required"));
                }
                values.add(row.get("名前"));
            }
            return new NamesPlan(sheet.rows().size(), problems, values, data.get());
        }

        @Override
        public void apply(UUID tenantId, NamesPlan plan, String fileName) {
            if (failOnApply) {
                throw new IllegalStateException("disk full");
            }
            written.addAll(plan.values());
        }
    }

    record NamesPlan(int rows, List<RowProblem> problems, List<String> values, String basis) implements ImportPlan {
        @Override
        public int changed() {
            return values.size();
        }

        @Override
        public int unchanged() {
            return 0;
        }
    }

    private long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM import_pending_upload WHERE tenant_id = ?").param(tenant)
                .query(Long.class).single();
    }

    @Test
    void aValidUploadWaitsInTheDatabaseAndAnotherNodeConfirmsItOnce() {
        var preview = imports.preview(names, tenant, account, "names.csv", FILE);
        assertThat(preview.valid()).isTrue();
        assertThat(preview.uploadId()).isNotNull();
        assertThat(pending()).isEqualTo(1);

        // Another node: its own pipeline over the same database, no HTTP session shared.
        var otherNode = new Imports(new PendingUploads(jdbc, clock));
        var plan = transactions.execute(s -> otherNode.confirm(names, tenant, account, preview.uploadId()));

        assertThat(plan.values()).containsExactly("甲", "乙");
        assertThat(names.written).containsExactly("甲", "乙");
        assertThat(pending()).isZero();
        assertThatThrownBy(() -> imports.confirm(names, tenant, account, preview.uploadId()))
                .isInstanceOf(UploadExpired.class);
        assertThat(names.written).hasSize(2);
    }

    @Test
    void anUploadBelongsToItsTenantAccountAndKind() {
        var id = imports.preview(names, tenant, account, "names.csv", FILE).uploadId();
        assertThatThrownBy(() -> imports.confirm(names, UUID.randomUUID(), account, id)).isInstanceOf(UploadExpired.class);
        assertThatThrownBy(() -> imports.confirm(names, tenant, UUID.randomUUID(), id)).isInstanceOf(UploadExpired.class);
        var otherKind = new Names() {
            @Override
            public String kind() {
                return "test.other";
            }
        };
        assertThatThrownBy(() -> imports.confirm(otherKind, tenant, account, id)).isInstanceOf(UploadExpired.class);
        assertThat(names.written).isEmpty();
        assertThat(imports.confirm(names, tenant, account, id).rows()).isEqualTo(2);
    }

    @Test
    void anExpiredUploadCannotBeConfirmed() {
        var id = imports.preview(names, tenant, account, "names.csv", FILE).uploadId();
        jdbc.sql("UPDATE import_pending_upload SET expires_at = ? WHERE id = ?")
                .params(java.time.OffsetDateTime.now(clock).minusSeconds(1), id).update();
        assertThatThrownBy(() -> imports.confirm(names, tenant, account, id)).isInstanceOf(UploadExpired.class);
        assertThat(names.written).isEmpty();
    }

    @Test
    void dataChangedSincePreviewRefusesAndAFileWithProblemsIsNeverKept() {
        var id = imports.preview(names, tenant, account, "names.csv", FILE).uploadId();
        names.data.set("v2");
        assertThatThrownBy(() -> imports.confirm(names, tenant, account, id)).isInstanceOf(EditConflict.class);
        assertThat(names.written).isEmpty();

        var bad = "名前,備考\r\n甲,\r\n,名前を忘れた\r\n丙,\r\n".getBytes(StandardCharsets.UTF_8);
        var preview = imports.preview(names, tenant, account, "bad.csv", bad);
        assertThat(preview.uploadId()).isNull();
        assertThat(preview.problems()).containsExactly(RowProblem.of(3, "名前", "importing.test.required"));
    }

    @Test
    void aFailedApplyKeepsNothingAndTheUploadStaysForAnotherTry() {
        var id = imports.preview(names, tenant, account, "names.csv", FILE).uploadId();
        names.failOnApply = true;
        assertThatThrownBy(() -> imports.confirm(names, tenant, account, id)).isInstanceOf(IllegalStateException.class);
        assertThat(pending()).isEqualTo(1);
        names.failOnApply = false;
        assertThat(imports.confirm(names, tenant, account, id).values()).containsExactly("甲", "乙");
    }

    @Test
    void anUnreadableFileIsOneProblemOfTheWholeFile() {
        var preview = imports.preview(names, tenant, account, "x.xlsx", "PK not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.readable()).isFalse();
        assertThat(preview.problems()).containsExactly(RowProblem.ofFile("importing.unreadable.xlsx"));
        assertThat(pending()).isZero();
    }
}
