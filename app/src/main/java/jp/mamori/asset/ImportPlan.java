package jp.mamori.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an import file would do: per-row, per-column errors, or the assets to create and update, the unchanged ones
 * and the holdings to add. Built by {@link AssetImport#plan}; applied only when it has no error.
 */
final class ImportPlan {

    /** One problem: the row as the user sees it, the column's header, a message key and its arguments. */
    record RowError(int row, String column, String messageKey, Object... arguments) {
    }

    final List<RowError> errors = new ArrayList<>();
    final List<InformationAsset> created = new ArrayList<>();
    final List<InformationAsset> updated = new ArrayList<>();
    final List<String> updateSummaries = new ArrayList<>();
    final List<UUID[]> newHoldings = new ArrayList<>();
    int unchanged;
    int rows;

    void error(int row, String column, String key, Object... args) {
        errors.add(new RowError(row, column, key, args));
    }

    boolean valid() {
        return errors.isEmpty() && rows > 0;
    }

    boolean changesNothing() {
        return created.isEmpty() && updated.isEmpty() && newHoldings.isEmpty();
    }

    public List<RowError> getErrors() {
        return errors;
    }

    public int getRows() {
        return rows;
    }

    public int getCreated() {
        return created.size();
    }

    public int getUpdated() {
        return updated.size();
    }

    public int getUnchanged() {
        return unchanged;
    }

    public boolean isValid() {
        return valid();
    }
}
