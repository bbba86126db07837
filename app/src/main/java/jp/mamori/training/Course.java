package jp.mamori.training;

import java.util.List;
import java.util.UUID;

import jp.mamori.organization.SecurityRole;

/**
 * A course (研修): its material in Markdown, the quiz and the pass mark in percent, how often it is taken, and the
 * security role whose new holders must take it (null when no role requires it). Immutable.
 */
record Course(UUID id, UUID tenantId, String code, String title, String material, int passMark, Frequency frequency,
        SecurityRole requiredRole, List<Question> questions, long version) {

    Course {
        questions = List.copyOf(questions);
    }

    /** How often a person takes the course. */
    enum Frequency {
        ONCE,
        YEARLY,
        ON_APPOINTMENT
    }

    /** A question with its choices and the index of the right one. */
    record Question(UUID id, int position, String text, List<String> choices, int correct) {
        Question {
            choices = List.copyOf(choices);
            if (correct < 0 || correct >= choices.size()) {
                throw new IllegalArgumentException("correct choice out of range: " + correct);
            }
        }
    }
}
