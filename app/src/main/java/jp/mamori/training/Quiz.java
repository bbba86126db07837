package jp.mamori.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The rules of a quiz: the score of a set of answers (percent of questions answered right, an unanswered question
 * counting as wrong) and whether it passes; and the order in which one attempt shows questions and choices,
 * shuffled per attempt. Plain Java.
 */
final class Quiz {

    private Quiz() {
    }

    /** The score in percent, rounded down; a course without questions scores 100. */
    static int score(Course course, Map<UUID, Integer> answers) {
        if (course.questions().isEmpty()) {
            return 100;
        }
        long right = course.questions().stream()
                .filter(q -> Integer.valueOf(q.correct()).equals(answers.get(q.id()))).count();
        return (int) (right * 100 / course.questions().size());
    }

    static boolean passes(Course course, int score) {
        return score >= course.passMark();
    }

    /** One question as an attempt shows it: its choices in a shuffled order, each with its stored index. */
    record Shown(Course.Question question, List<Choice> choices) {
    }

    record Choice(int index, String text) {
    }

    /** Questions and, within each, choices in an order drawn from {@code seed}; the same seed gives the same order. */
    static List<Shown> shuffled(Course course, long seed) {
        var random = new Random(seed);
        var questions = new ArrayList<>(course.questions());
        Collections.shuffle(questions, random);
        var shown = new ArrayList<Shown>();
        for (var q : questions) {
            var choices = new ArrayList<Choice>();
            for (int i = 0; i < q.choices().size(); i++) {
                choices.add(new Choice(i, q.choices().get(i)));
            }
            Collections.shuffle(choices, random);
            shown.add(new Shown(q, List.copyOf(choices)));
        }
        return List.copyOf(shown);
    }
}
