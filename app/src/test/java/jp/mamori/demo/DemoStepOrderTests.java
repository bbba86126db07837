package jp.mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The runner puts every step after the steps it names, whatever order the beans come in. */
class DemoStepOrderTests {

    record Step(String name, Set<String> after) implements DemoStep {
        @Override
        public boolean alreadyLoaded(DemoTown town) {
            return false;
        }

        @Override
        public void load(DemoTown town) {
        }
    }

    private static List<String> names(List<DemoStep> steps) {
        return steps.stream().map(DemoStep::name).toList();
    }

    @Test
    void runsEachStepAfterThoseItNames() {
        var steps = List.<DemoStep>of(new Step("acknowledgement", Set.of("organization", "policy")),
                new Step("policy", Set.of("organization")), new Step("asset", Set.of("organization")),
                new Step("organization", Set.of()));
        assertThat(names(DemoRunner.ordered(steps))).containsExactly("organization", "asset", "policy",
                "acknowledgement");
    }

    @Test
    void ignoresAStepNameThatNoModuleDeclares() {
        var steps = List.<DemoStep>of(new Step("acknowledgement", Set.of("policy")), new Step("asset", Set.of()));
        assertThat(names(DemoRunner.ordered(steps))).containsExactly("acknowledgement", "asset");
    }

    @Test
    void refusesStepsThatWaitForEachOther() {
        var steps = List.<DemoStep>of(new Step("a", Set.of("b")), new Step("b", Set.of("a")));
        assertThatThrownBy(() -> DemoRunner.ordered(steps)).hasMessageContaining("wait for each other");
    }

    @Test
    void refusesTwoStepsOfOneName() {
        var steps = List.<DemoStep>of(new Step("a", Set.of()), new Step("a", Set.of()));
        assertThatThrownBy(() -> DemoRunner.ordered(steps)).hasMessageContaining("two demo steps");
    }
}
