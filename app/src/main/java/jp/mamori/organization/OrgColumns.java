package jp.mamori.organization;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Japanese column headers of the unit and staff registers, shared by import, export and the template,
 * and the Japanese labels accepted for enumerated values (the constant names are accepted too).
 */
final class OrgColumns {

    static final String UNIT_CODE = "組織コード";
    static final String UNIT_NAME = "名称";
    static final String UNIT_KANA = "名称（かな）";
    static final String PARENT_CODE = "上位組織コード";
    static final String CATEGORY = "区分";
    static final String LEVEL = "階層";
    static final String STATUS = "状態";
    static final List<String> UNITS = List.of(UNIT_CODE, UNIT_NAME, UNIT_KANA, PARENT_CODE, CATEGORY, LEVEL, STATUS);

    static final String STAFF_NUMBER = "職員番号";
    static final String STAFF_NAME = "氏名";
    static final String STAFF_KANA = "氏名（かな）";
    static final String KIND = "職員区分";
    static final String STAFF_UNIT = "所属組織コード";
    static final String EMAIL = "メールアドレス";
    static final String ACTIVE_FROM = "在職開始日";
    static final String ACTIVE_TO = "在職終了日";
    static final List<String> STAFF = List.of(STAFF_NUMBER, STAFF_NAME, STAFF_KANA, KIND, STAFF_UNIT, EMAIL,
            ACTIVE_FROM, ACTIVE_TO);

    static final String ACTIVE = "有効";
    static final String INACTIVE = "廃止";

    static final Map<OrgUnitCategory, String> CATEGORY_LABELS = Map.of(
            OrgUnitCategory.EXECUTIVE, "内部部局",
            OrgUnitCategory.ADMINISTRATIVE_COMMITTEE, "行政委員会",
            OrgUnitCategory.ASSEMBLY_SECRETARIAT, "議会事務局",
            OrgUnitCategory.PUBLIC_ENTERPRISE, "地方公営企業");
    static final Map<OrgUnitLevel, String> LEVEL_LABELS = Map.of(
            OrgUnitLevel.DEPARTMENT, "部", OrgUnitLevel.SECTION, "課", OrgUnitLevel.SUBSECTION, "係");
    static final Map<StaffKind, String> KIND_LABELS = Map.of(
            StaffKind.REGULAR, "職員", StaffKind.FISCAL_YEAR_APPOINTED, "会計年度任用職員",
            StaffKind.DISPATCHED, "派遣職員", StaffKind.CONTRACTOR, "委託事業者");

    private OrgColumns() {
    }

    /** The labels a column accepts, in the constants' order, for a message that lists them. */
    static <E extends Enum<E>> String allowed(Map<E, String> labels) {
        return labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                .collect(Collectors.joining("、"));
    }

    /** The constant whose label or name is {@code text}, or null. */
    static <E extends Enum<E>> E parse(Map<E, String> labels, Class<E> type, String text) {
        for (var entry : labels.entrySet()) {
            if (entry.getValue().equals(text) || entry.getKey().name().equals(text.toUpperCase(Locale.ROOT))) {
                return entry.getKey();
            }
        }
        if (type == StaffKind.class && "派遣".equals(text)) {
            return type.cast(StaffKind.DISPATCHED);
        }
        return null;
    }
}
