package jp.mamori.asset;

import static jp.mamori.asset.AssetLayout.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.mamori.organization.UnitSummary;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.Tenants;
import jp.mamori.trail.Trail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import jp.mamori.importing.SheetImport;
import jp.mamori.kernel.Decision;
import jp.mamori.web.ImportSheet;

/**
 * Bulk import of the register from the {@link AssetLayout}: every row is checked (per row and column), and only a
 * file without a single error is written, in one transaction with one trail entry. Rows are matched to assets by
 * 台帳番号 and an asset whose values are all equal is left alone, so importing the same file twice changes nothing.
 * Holdings in 保有先 are added, never removed. 種別 and ゾーン take the labels the export writes (and the template's
 * drop-down lists offer); anything else is a problem that names the allowed values. Thread-safe.
 */
@Service
@Transactional
class AssetImport implements SheetImport<AssetPlan> {

    /** The values of ゾーン the export writes, in its order; 「なし」 (or empty) is no zone, as for paper. */
    static final Map<String, Zone> ZONES = labels(Zone.values(), Zone::japanese);
    static final String NO_ZONE = "なし";
    static final Map<String, AssetKind> KINDS = labels(AssetKind.values(), AssetKind::japanese);

    private final Assets assets;
    private final AssetHistory history;
    private final Owners owners;
    private final Tenants tenants;
    private final Trail trail;
    private final AssetFindings findings;

    AssetImport(Assets assets, AssetHistory history, Owners owners, Tenants tenants, Trail trail,
            AssetFindings findings) {
        this.findings = findings;
        this.assets = assets;
        this.history = history;
        this.owners = owners;
        this.tenants = tenants;
        this.trail = trail;
    }

    private static <T> Map<String, T> labels(T[] values, java.util.function.Function<T, String> label) {
        var map = new LinkedHashMap<String, T>();
        Arrays.stream(values).forEach(v -> map.put(label.apply(v), v));
        return java.util.Collections.unmodifiableMap(map);
    }

    @Override
    public String kind() {
        return "asset.register";
    }

    /** Checks a sheet and says what importing it would do; writes nothing. */
    @Override
    @Transactional(readOnly = true)
    public AssetPlan plan(UUID tenantId, ImportSheet.Sheet sheet) {
        return new Planner(tenantId, sheet).plan();
    }

    /** Imports a sheet: all of it or, when any row has an error, nothing (refused). */
    AssetPlan apply(UUID tenantId, ImportSheet.Sheet sheet, String fileName) {
        var plan = plan(tenantId, sheet);
        if (!plan.valid()) {
            throw new AssetRefused("asset.refused.importInvalid");
        }
        apply(tenantId, plan, fileName);
        return plan;
    }

    @Override
    public void apply(UUID tenantId, AssetPlan plan, String fileName) {
        if (plan.changesNothing()) {
            return;
        }
        assets.insertAll(plan.created);
        assets.updateAll(plan.updated);
        assets.holdAll(tenantId, plan.newHoldings);
        history.recordAll(tenantId, plan.created.stream().map(InformationAsset::id).toList(), "asset.asset.imported",
                plan.created.stream().map(a -> "取り込みで登録: " + a.details().name() + "（"
                        + a.classification().shortForm() + "）").toList());
        history.recordAll(tenantId, plan.updated.stream().map(InformationAsset::id).toList(), "asset.asset.imported",
                plan.updateSummaries.stream().map(s -> "取り込みで更新: " + s).toList());
        trail.record(tenantId, "asset.register.imported", "InformationAsset", "-",
                fileName + " を取り込み: " + plan.rows + " 行, 新規 " + plan.created.size() + " 件, 更新 "
                        + plan.updated.size() + " 件, 変更なし " + plan.unchanged + " 件, 保有の追加 "
                        + plan.newHoldings.size() + " 件");
        findings.changed(tenantId);
    }

    /** One planning run over one sheet. */
    private final class Planner {
        private final UUID tenantId;
        private final ImportSheet.Sheet sheet;
        private final AssetPlan plan = new AssetPlan();
        private final ClassificationScheme scheme;
        private final Map<String, UnitSummary> unitsByKey = new HashMap<>();
        private final Map<String, Optional<UUID>> staffByNumber = new HashMap<>();
        private final Map<String, InformationAsset> existing;
        /** The classes each asset will have after the import, by id. */
        private final Map<UUID, Classification> effective = new HashMap<>();
        private final Map<UUID, InformationAsset> byId = new HashMap<>();
        private final Map<UUID, Integer> rowOf = new HashMap<>();
        private final Map<String, InformationAsset> fileAssets = new HashMap<>();

        Planner(UUID tenantId, ImportSheet.Sheet sheet) {
            this.tenantId = tenantId;
            this.sheet = sheet;
            this.scheme = tenants.scheme(tenantId);
            Set<String> ambiguous = new HashSet<>();
            for (var unit : owners.units(tenantId).values()) {
                unitsByKey.put(unit.code(), unit);
                if (unitsByKey.putIfAbsent(unit.name(), unit) != null && !unit.code().equals(unit.name())) {
                    ambiguous.add(unit.name());
                }
            }
            ambiguous.forEach(unitsByKey::remove);
            this.existing = assets.allByNumber(tenantId);
            existing.values().forEach(a -> {
                byId.put(a.id(), a);
                effective.put(a.id(), a.classification());
            });
        }

        AssetPlan plan() {
            var missing = REQUIRED.stream().filter(c -> !sheet.header().contains(c)).toList();
            if (!missing.isEmpty()) {
                plan.error(1, String.join("・", missing), "asset.import.error.header", String.join("、", missing));
                return plan;
            }
            if (sheet.rows().isEmpty()) {
                plan.error(2, NUMBER, "asset.import.error.noRows");
                return plan;
            }
            plan.rows = sheet.rows().size();
            var seen = new HashMap<String, Integer>();
            for (var row : sheet.rows()) {
                var number = row.get(NUMBER);
                if (!number.isEmpty()) {
                    var first = seen.putIfAbsent(number, row.number());
                    if (first != null) {
                        plan.error(row.number(), NUMBER, "asset.import.error.duplicate", number, first);
                        continue;
                    }
                }
                row(row);
            }
            holdings();
            return plan;
        }

        private void row(ImportSheet.SheetRow row) {
            int before = plan.problems.size();
            int n = row.number();
            var number = required(row, NUMBER, AssetDetails.NUMBER_MAX);
            var name = required(row, NAME, AssetDetails.NAME_MAX);
            var kana = optional(row, KANA, AssetDetails.NAME_MAX * 2);
            var description = optional(row, DESCRIPTION, AssetDetails.TEXT_MAX);
            var location = optional(row, LOCATION, AssetDetails.SHORT_MAX);
            var retention = optional(row, RETENTION, 100);
            var kind = choice(row, KIND, true, KINDS, "");
            var zone = choice(row, ZONE, false, ZONES, NO_ZONE);
            UnitSummary unit = null;
            var unitText = row.get(UNIT);
            if (unitText.isEmpty()) {
                plan.error(n, UNIT, "asset.import.error.required");
            } else {
                unit = unitsByKey.get(unitText);
                if (unit == null) {
                    plan.error(n, UNIT, "asset.import.error.unknownUnit", unitText);
                } else if (!AssetScope.edits(unit.id())) {
                    plan.error(n, UNIT, "asset.import.error.unitOutOfReach", unitText);
                }
            }
            UUID manager = null;
            var managerText = row.get(MANAGER);
            if (!managerText.isEmpty()) {
                manager = staffByNumber.computeIfAbsent(managerText,
                        k -> owners.staffByNumber(tenantId, k).map(s -> s.id())).orElse(null);
                if (manager == null) {
                    plan.error(n, MANAGER, "asset.import.error.unknownStaff", managerText);
                }
            }
            var personal = flag(row, PERSONAL);
            var specific = flag(row, SPECIFIC);
            var sensitive = flag(row, SENSITIVE);
            Integer people = null;
            var peopleText = row.get(PEOPLE).replace(",", "").replace("人", "").replace("約", "").strip();
            if (!peopleText.isEmpty()) {
                try {
                    people = Integer.valueOf(java.text.Normalizer.normalize(peopleText, java.text.Normalizer.Form.NFKC));
                    if (people < 0) {
                        plan.error(n, PEOPLE, "asset.import.error.count", row.get(PEOPLE));
                    }
                } catch (NumberFormatException e) {
                    plan.error(n, PEOPLE, "asset.import.error.count", row.get(PEOPLE));
                }
            }
            Confidentiality conf = null;
            var confText = row.get(CONFIDENTIALITY);
            if (confText.isEmpty()) {
                plan.error(n, CONFIDENTIALITY, "asset.import.error.required");
            } else {
                conf = Confidentiality.parse(scheme, confText);
                if (conf == null) {
                    plan.error(n, CONFIDENTIALITY, "asset.import.error.invalid", confText, String.join("、",
                            Confidentiality.of(scheme).stream().map(Confidentiality::label).toList()));
                } else if (conf.scheme() != scheme) {
                    plan.error(n, CONFIDENTIALITY, "asset.import.error.otherScheme", confText, scheme.name());
                }
            }
            var integrity = parse(row, INTEGRITY, true, Integrity::parse, "2、1");
            var availability = parse(row, AVAILABILITY, true, Availability::parse, "2、1");
            var reasons = new String[] {optional(row, CONFIDENTIALITY_REASON, 1000), optional(row, INTEGRITY_REASON, 1000),
                optional(row, AVAILABILITY_REASON, 1000)};
            if (plan.problems.size() > before) {
                return;
            }
            var details = new AssetDetails(number, name, kana, kind, description, unit.id(), manager, location, zone,
                    retention, new PersonalInformation(personal, specific, sensitive, people));
            var classification = new Classification(conf, reasons[0], integrity, reasons[1], availability, reasons[2]);
            var current = existing.get(number);
            InformationAsset result;
            if (current == null) {
                result = InformationAsset.register(tenantId, details, classification);
                plan.created.add(result);
            } else if (!AssetScope.edits(current.details().ownerUnitId())) {
                plan.error(n, UNIT, "asset.import.error.unitOutOfReach", unitText);
                return;
            } else if (current.details().equals(details) && current.classification().equals(classification)) {
                plan.unchanged++;
                plan.unchangedAssets.add(current);
                result = current;
            } else if (current.status() == AssetStatus.DISPOSED) {
                plan.error(n, NUMBER, "asset.import.error.disposed");
                return;
            } else {
                result = new InformationAsset(current.id(), tenantId, details, classification, current.status(),
                        current.disposal(), current.version());
                plan.updated.add(result);
                plan.updateSummaries.add(AssetChanges.describe(current.details(), current.classification(), details,
                        classification));
            }
            effective.put(result.id(), classification);
            byId.put(result.id(), result);
            rowOf.put(result.id(), n);
            fileAssets.put(number, result);
        }

        /** Adds the holdings of 保有先 and checks every container against what it will hold. */
        private void holdings() {
            Map<UUID, Set<UUID>> held = new HashMap<>();
            for (var pair : assets.allHoldings(tenantId)) {
                held.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
            }
            for (var row : sheet.rows()) {
                var self = fileAssets.get(row.get(NUMBER));
                if (self == null || rowOf.get(self.id()) != row.number()) {
                    continue;
                }
                for (var containerNumber : AssetLayout.containers(row.get(CONTAINERS))) {
                    var container = fileAssets.getOrDefault(containerNumber, existing.get(containerNumber));
                    if (container == null) {
                        plan.error(row.number(), CONTAINERS, "asset.import.error.unknownContainer", containerNumber);
                    } else if (!container.details().kind().holdsInformation() || !self.details().kind().isHeldInformation()) {
                        plan.error(row.number(), CONTAINERS, "asset.import.error.cannotHold", containerNumber);
                    } else if (held.computeIfAbsent(container.id(), k -> new HashSet<>()).add(self.id())) {
                        plan.newHoldings.add(new UUID[] {container.id(), self.id()});
                    }
                }
            }
            for (var entry : held.entrySet()) {
                var container = byId.get(entry.getKey());
                if (container == null || container.status() == AssetStatus.DISPOSED) {
                    continue;
                }
                var list = new ArrayList<HeldAsset>();
                for (var heldId : entry.getValue()) {
                    var h = byId.get(heldId);
                    if (h != null && h.status() != AssetStatus.DISPOSED) {
                        list.add(new HeldAsset(h.id(), h.details().registerNumber(), h.details().name(),
                                effective.get(h.id())));
                    }
                }
                var decision = InheritedFloor.of(list).admits(effective.get(container.id()));
                if (decision instanceof Decision.Refusal refusal) {
                    var args = refusal.arguments();
                    var axis = args[0];
                    var column = axis == InheritedFloor.AXIS_CONFIDENTIALITY ? CONFIDENTIALITY
                            : axis == InheritedFloor.AXIS_INTEGRITY ? INTEGRITY : AVAILABILITY;
                    var row = rowOf.get(container.id());
                    if (row != null) {
                        plan.error(row, column, "asset.import.error.belowInherited", args[0], args[1], args[3], args[2]);
                    } else {
                        // The container is not in the file: report on the held rows that raise the floor.
                        list.stream().map(h -> rowOf.get(h.id())).filter(java.util.Objects::nonNull).distinct()
                                .forEach(r -> plan.error(r, CONTAINERS, "asset.import.error.belowInherited",
                                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                                new String[] {"asset.import.axisOf"},
                                                new Object[] {axis, container.details().registerNumber()}),
                                        args[1], args[3], args[2]));
                    }
                }
            }
        }

        private String required(ImportSheet.SheetRow row, String column, int max) {
            var v = row.get(column);
            if (v.isEmpty()) {
                plan.error(row.number(), column, "asset.import.error.required");
            } else if (v.length() > max) {
                plan.error(row.number(), column, "asset.import.error.tooLong", max, v.length());
            }
            return v;
        }

        private String optional(ImportSheet.SheetRow row, String column, int max) {
            var v = row.get(column);
            if (v.length() > max) {
                plan.error(row.number(), column, "asset.import.error.tooLong", max, v.length());
            }
            return v;
        }

        private boolean flag(ImportSheet.SheetRow row, String column) {
            var v = AssetLayout.flag(row.get(column));
            if (v == null) {
                plan.error(row.number(), column, "asset.import.error.invalid", row.get(column), "○、×");
                return false;
            }
            return v;
        }

        /** A cell that must hold one of {@code allowed}'s labels, or {@code none} (or nothing) when not required. */
        private <T> T choice(ImportSheet.SheetRow row, String column, boolean required, Map<String, T> allowed,
                String none) {
            var v = row.get(column);
            if (v.isEmpty() || !none.isEmpty() && v.equals(none)) {
                if (required) {
                    plan.error(row.number(), column, "asset.import.error.required");
                }
                return null;
            }
            var result = allowed.get(v);
            if (result == null) {
                var names = new java.util.ArrayList<>(allowed.keySet());
                if (!none.isEmpty()) {
                    names.add(none);
                }
                plan.error(row.number(), column, "asset.import.error.invalid", v, String.join("、", names));
            }
            return result;
        }

        private <T> T parse(ImportSheet.SheetRow row, String column, boolean required,
                java.util.function.Function<String, T> parser, String allowed) {
            var v = row.get(column);
            if (v.isEmpty()) {
                if (required) {
                    plan.error(row.number(), column, "asset.import.error.required");
                }
                return null;
            }
            var result = parser.apply(v);
            if (result == null) {
                plan.error(row.number(), column, "asset.import.error.invalid", v, allowed);
            }
            return result;
        }
    }
}
