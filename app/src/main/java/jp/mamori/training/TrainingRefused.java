package jp.mamori.training;

import jp.mamori.kernel.Refused;

/** A training step that a rule refuses; the message says why. */
class TrainingRefused extends Refused {
    TrainingRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
