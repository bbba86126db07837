package jp.mamori.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.mamori.importing.ImportPlan;
import jp.mamori.importing.RowProblem;

/**
 * What an import file would do: per-row, per-column problems, or the assets to create and update, the unchanged ones
 * and the holdings to add. Built by {@link AssetImport#plan}; applied only when it has no problem.
 */
final class AssetPlan implements ImportPlan {

    final List<RowProblem> problems = new ArrayList<>();
    final List<InformationAsset> created = new ArrayList<>();
    final List<InformationAsset> updated = new ArrayList<>();
    final List<String> updateSummaries = new ArrayList<>();
    final List<UUID[]> newHoldings = new ArrayList<>();
    /** The assets found unchanged, with their versions: part of what the plan was made against. */
    final List<InformationAsset> unchangedAssets = new ArrayList<>();
    int unchanged;
    int rows;

    void error(int row, String column, String key, Object... args) {
        problems.add(RowProblem.of(row, column, key, args));
    }

    boolean changesNothing() {
        return created.isEmpty() && updated.isEmpty() && newHoldings.isEmpty();
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public List<RowProblem> problems() {
        return problems;
    }

    @Override
    public int changed() {
        return created.size() + updated.size();
    }

    @Override
    public int unchanged() {
        return unchanged;
    }

    @Override
    public String basis() {
        return Stream.of(created.stream().map(a -> "new " + a.details().registerNumber()),
                        updated.stream().map(a -> a.id() + "@" + a.version()),
                        unchangedAssets.stream().map(a -> a.id() + "@" + a.version() + " same"),
                        newHoldings.stream().map(h -> h[0] + ">" + h[1]))
                .flatMap(s -> s).sorted().collect(Collectors.joining("\n"));
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
}
