package jp.mamori.trail;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, triggers that refuse UPDATE, DELETE and TRUNCATE of the trail tables with SQLSTATE 42501,
 * whoever asks, the tables' owner included (A06). An owner can still disable the triggers, so they stop
 * mistakes and the app's own role rather than a determined administrator: that is what the signed,
 * exported checkpoints are for. H2 gets nothing (its protection is the file's permissions). A Spring bean,
 * which Spring Boot hands to Flyway, so that it lives in this module rather than in {@code db.migration}.
 */
@Component
class V32__trail_append_only extends BaseJavaMigration {

    static final String FUNCTION = """
            CREATE OR REPLACE FUNCTION trail_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = '42501';
            END
            $$""";

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute(FUNCTION);
            for (var table : new String[] {"trail_entry", "trail_checkpoint"}) {
                statement.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION trail_refuse_change()");
                statement.execute("CREATE TRIGGER " + table + "_no_truncate BEFORE TRUNCATE ON " + table
                        + " FOR EACH STATEMENT EXECUTE FUNCTION trail_refuse_change()");
            }
        }
    }
}
