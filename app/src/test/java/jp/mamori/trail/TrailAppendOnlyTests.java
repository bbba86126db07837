package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jp.mamori.DatabaseTest;
import jp.mamori.TestDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A06: on PostgreSQL the trail tables refuse UPDATE, DELETE and TRUNCATE, even to their owner. */
@DatabaseTest
@SpringBootTest(properties = {"mamori.trail.checkpoint.schedule=false",
        "mamori.trail.signing-key=${java.io.tmpdir}/mamori-trail-tests/${random.uuid}/trail-ed25519.key"})
class TrailAppendOnlyTests {

    @Autowired
    Trail trail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TrailCheckpoints checkpoints;

    @BeforeEach
    void someEntriesAndACheckpoint() {
        var tampering = new TrailTampering(jdbc, transactions, trail);
        tampering.reset();
        tampering.append(3);
        checkpoints.makeNow();
    }

    @Test
    void postgresRefusesChangesToTheTrailTables() throws Exception {
        if (!TestDatabase.postgres()) {
            // H2 has no such trigger: there a change goes through, and only verification shows it.
            assertThat(jdbc.sql("UPDATE trail_entry SET summary = 'x' WHERE seq = 2").update()).isEqualTo(1);
            return;
        }
        for (var statement : List.of(
                "UPDATE trail_entry SET summary = 'x' WHERE seq = 2",
                "DELETE FROM trail_entry WHERE seq = 3",
                "TRUNCATE trail_entry",
                "UPDATE trail_checkpoint SET note = 'x'",
                "DELETE FROM trail_checkpoint",
                "TRUNCATE trail_checkpoint")) {
            try (var connection = dataSource.getConnection(); var sql = connection.createStatement()) {
                assertThatThrownBy(() -> sql.execute(statement)).as(statement)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"))
                        .hasMessageContaining("append-only");
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM trail_entry").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM trail_checkpoint").query(Long.class).single()).isEqualTo(1);
        // Appending still works.
        new TrailTampering(jdbc, transactions, trail).append(1);
        assertThat(jdbc.sql("SELECT max(seq) FROM trail_entry").query(Long.class).single()).isEqualTo(4);
    }
}
