package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import jp.mamori.kernel.Decision;

class OrgTreeTests {

    private final OrganizationFixture org = OrganizationFixture.ofNewTenant()
            .department("10", "総務部")
            .section("11", "10", "総務課")
            .unit("111", "11", OrgUnitLevel.SUBSECTION, "情報管理係")
            .section("20", "税務課");

    @Test
    void refusesToMoveAUnitUnderItsOwnDescendant() {
        var decision = org.tree().canPlace(org.unitId("10"), org.unitId("111"), OrgUnitCategory.EXECUTIVE,
                OrgUnitLevel.DEPARTMENT);
        assertThat(decision).isInstanceOf(Decision.Refusal.class);
        assertThat(((Decision.Refusal) decision).messageKey()).isEqualTo("organization.unit.refused.cycle");
    }

    @Test
    void refusesAUnitUnderItself() {
        var decision = org.tree().canPlace(org.unitId("11"), org.unitId("11"), OrgUnitCategory.EXECUTIVE,
                OrgUnitLevel.SECTION);
        assertThat(decision.allowed()).isFalse();
    }

    @Test
    void levelsGoDownwardsOnly() {
        var tree = org.tree();
        assertThat(refusalKey(tree.canPlace(null, org.unitId("11"), OrgUnitCategory.EXECUTIVE, OrgUnitLevel.DEPARTMENT)))
                .isEqualTo("organization.unit.refused.levelMismatch");
        assertThat(refusalKey(tree.canPlace(null, null, OrgUnitCategory.EXECUTIVE, OrgUnitLevel.SUBSECTION)))
                .isEqualTo("organization.unit.refused.levelAtTop");
        assertThat(tree.canPlace(null, org.unitId("11"), OrgUnitCategory.EXECUTIVE, OrgUnitLevel.SUBSECTION).allowed())
                .isTrue();
        assertThat(tree.canPlace(null, null, OrgUnitCategory.EXECUTIVE, OrgUnitLevel.SECTION).allowed()).isTrue();
    }

    @Test
    void aChildKeepsTheCategoryOfItsParent() {
        assertThat(refusalKey(org.tree().canPlace(null, org.unitId("10"), OrgUnitCategory.PUBLIC_ENTERPRISE,
                OrgUnitLevel.SECTION))).isEqualTo("organization.unit.refused.categoryMismatch");
    }

    @Test
    void refusesAnUnknownParent() {
        assertThat(refusalKey(org.tree().canPlace(null, java.util.UUID.randomUUID(), OrgUnitCategory.EXECUTIVE,
                OrgUnitLevel.SECTION))).isEqualTo("organization.unit.refused.parentUnknown");
    }

    @Test
    void refusesToDeactivateAUnitWithActiveChildren() {
        assertThat(org.tree().canDeactivate(org.unitId("10")).allowed()).isFalse();
        assertThat(org.tree().canDeactivate(org.unitId("111")).allowed()).isTrue();
    }

    @Test
    void descendantsIncludeTheUnitAndEverythingBelow() {
        assertThat(org.tree().descendantsOf(org.unitId("10")))
                .containsExactlyInAnyOrder(org.unitId("10"), org.unitId("11"), org.unitId("111"));
    }

    @Test
    void departmentsAreBuOrTopLevelUnits() {
        var tree = org.tree();
        assertThat(tree.activeDepartments()).extracting(OrgUnit::code).containsExactly("10", "20");
        assertThat(tree.departmentOf(org.unitId("111")).map(OrgUnit::code)).contains("10");
        assertThat(tree.path(org.unitId("111"))).isEqualTo("総務部 / 総務課 / 情報管理係");
    }

    @Test
    void listsParentsBeforeChildrenWithDepth() {
        assertThat(org.tree().nodes()).extracting(node -> node.unit().code() + ":" + node.depth())
                .containsExactly("10:0", "11:1", "111:2", "20:0");
    }

    private static String refusalKey(Decision decision) {
        return decision instanceof Decision.Refusal refusal ? refusal.messageKey() : "allowed";
    }
}
