package jp.mamori.incident;

import jp.mamori.kernel.Refused;

/** A change to an incident that its rules refuse (422, with the reason). */
public class IncidentRefused extends Refused {

    public IncidentRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
