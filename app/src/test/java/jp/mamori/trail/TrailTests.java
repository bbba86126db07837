package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
