package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The quiz rules: scoring, the pass mark, and the order shuffled per attempt without losing a choice. */
class QuizTests {

    private static Course course(int passMark, int questions) {
        var list = new java.util.ArrayList<Course.Question>();
        for (int i = 0; i < questions; i++) {
            list.add(new Course.Question(UUID.randomUUID(), i + 1, "Q" + i, List.of("a", "b", "c", "d"), i % 4));
        }
        return new Course(UUID.randomUUID(), UUID.randomUUID(), "T", "t", "m", passMark, Course.Frequency.YEARLY, null,
                list, 0);
    }

    private static Map<UUID, Integer> answers(Course course, int right) {
        var answers = new HashMap<UUID, Integer>();
        for (int i = 0; i < course.questions().size(); i++) {
            var q = course.questions().get(i);
            answers.put(q.id(), i < right ? q.correct() : (q.correct() + 1) % 4);
        }
        return answers;
    }

    @Test
    void scoresThePercentRightAndPassesAtThePassMark() {
        var course = course(80, 5);
        assertThat(Quiz.score(course, answers(course, 5))).isEqualTo(100);
        assertThat(Quiz.score(course, answers(course, 4))).isEqualTo(80);
        assertThat(Quiz.passes(course, 80)).isTrue();
        assertThat(Quiz.score(course, answers(course, 3))).isEqualTo(60);
        assertThat(Quiz.passes(course, 60)).isFalse();
    }

    @Test
    void anUnansweredQuestionCountsAsWrong() {
        var course = course(80, 5);
        var answers = answers(course, 5);
        answers.remove(course.questions().get(0).id());
        assertThat(Quiz.score(course, answers)).isEqualTo(80);
        assertThat(Quiz.score(course, Map.of())).isZero();
    }

    @Test
    void shufflingKeepsEveryQuestionAndChoiceWithItsIndexAndVariesBySeed() {
        var course = course(80, 8);
        var one = Quiz.shuffled(course, 1);
        assertThat(one).extracting(s -> s.question().id())
                .containsExactlyInAnyOrderElementsOf(course.questions().stream().map(Course.Question::id).toList());
        for (var shown : one) {
            assertThat(shown.choices()).allSatisfy(c -> assertThat(shown.question().choices().get(c.index())).isEqualTo(c.text()));
            assertThat(shown.choices()).hasSize(4);
        }
        assertThat(Quiz.shuffled(course, 1)).isEqualTo(one);
        var orders = new java.util.HashSet<List<UUID>>();
        for (long seed = 0; seed < 20; seed++) {
            orders.add(Quiz.shuffled(course, seed).stream().map(s -> s.question().id()).toList());
        }
        assertThat(orders).hasSizeGreaterThan(1);
    }

    @Test
    void aQuestionsRightChoiceMustBeOneOfItsChoices() {
        assertThatThrownBy(() -> new Course.Question(UUID.randomUUID(), 1, "q", List.of("a", "b"), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
