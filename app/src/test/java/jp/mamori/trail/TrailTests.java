package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@DatabaseTest
class TrailTests {

    @Autowired
    Trail trail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesToRecordOutsideATransaction() {
        assertThatThrownBy(() -> trail.record(null, "test.thing.done", "Thing", "1", "x"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void chainsEntriesInSequenceWithTheActorOfTheThread() {
        var tenant = UUID.randomUUID();
        var before = jdbc.sql("SELECT count(*) FROM trail_entry").query(Long.class).single();
        Actor.command("test").runAs(() -> transactions.executeWithoutResult(status -> {
            trail.record(tenant, "test.thing.created", "Thing", "1", "作成");
            trail.record(tenant, "test.thing.renamed", "Thing", "1", "名称: A → B");
        }));
        var rows = jdbc.sql("SELECT seq, actor_kind, actor_id, leaf_hash, chain_hash FROM trail_entry WHERE tenant_id = ? ORDER BY seq")
                .param(tenant)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getBytes(5)})
                .list();
        assertThat(rows).hasSize(2);
        assertThat((long) rows.get(0)[0]).isEqualTo(before + 1);
        assertThat((long) rows.get(1)[0]).isEqualTo(before + 2);
        assertThat(rows.get(0)[1]).isEqualTo("command");
        assertThat(rows.get(0)[2]).isEqualTo("test");
        var second = (byte[]) rows.get(1)[4];
        assertThat(second).isEqualTo(CanonicalEncoding.chainHash((byte[]) rows.get(0)[4], (byte[]) rows.get(1)[3]));
    }

    @Test
    void recordsOneEntryPerObjectOfABulkChangeEachChainedOnThePreviousAndTheHeadOnTheLast() {
        var tenant = UUID.randomUUID();
        Actor.command("test").runAs(() -> transactions.executeWithoutResult(status -> {
            trail.record(tenant, "test.thing.created", "Thing", "0", "作成");
            trail.recordAll(tenant, "test.thing.imported", "Thing", List.of("1", "2", "3"), List.of("一", "二", "三"));
        }));
        var rows = jdbc.sql("SELECT seq, object_id, summary, leaf_hash, chain_hash FROM trail_entry WHERE tenant_id = ?"
                        + " ORDER BY seq")
                .param(tenant)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                        rs.getBytes(5)})
                .list();
        assertThat(rows).extracting(r -> r[1] + ":" + r[2]).containsExactly("0:作成", "1:一", "2:二", "3:三");
        for (int i = 1; i < rows.size(); i++) {
            assertThat((long) rows.get(i)[0]).isEqualTo((long) rows.get(i - 1)[0] + 1);
            assertThat((byte[]) rows.get(i)[4]).isEqualTo(
                    CanonicalEncoding.chainHash((byte[]) rows.get(i - 1)[4], (byte[]) rows.get(i)[3]));
        }
        var head = jdbc.sql("SELECT last_seq, last_chain_hash FROM trail_head WHERE id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)}).single();
        var last = rows.get(rows.size() - 1);
        assertThat((long) head[0]).isGreaterThanOrEqualTo((long) last[0]);
        if ((long) head[0] == (long) last[0]) {
            assertThat((byte[]) head[1]).isEqualTo((byte[]) last[4]);
        }
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        var tenant = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            trail.record(tenant, "test.thing.created", "Thing", "1", "作成");
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM trail_entry WHERE tenant_id = ?").param(tenant).query(Long.class).single())
                .isZero();
    }
}
