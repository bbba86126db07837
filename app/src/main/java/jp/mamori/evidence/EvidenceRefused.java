package jp.mamori.evidence;

import jp.mamori.kernel.Refused;

/**
 * An upload or link that the evidence rules refuse (422), with the form field it is about, so that a page can put
 * the reason next to that field and keep the rest of the input.
 */
public class EvidenceRefused extends Refused {

    /** The form fields a refusal can be about. */
    public enum Field {
        FILE,
        URL,
        TITLE
    }

    private final Field field;

    public EvidenceRefused(Field field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
