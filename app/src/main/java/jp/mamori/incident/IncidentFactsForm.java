package jp.mamori.incident;

import java.time.LocalDate;

/**
 * The facts as a form sends them, for the report and for the CSIRT's correction alike: absent check boxes are
 * false, an absent count is zero, an absent day is today. Bound by Spring from the request parameters of the same
 * names.
 */
record IncidentFactsForm(String title, String whatHappened, LocalDate discoveredOn, String affected,
        Integer peopleAffected, Boolean personalData, Boolean sensitiveData, Boolean myNumberData,
        Boolean maliceSuspected, Boolean financialHarm, Boolean lostDevice) {

    /** The facts, refused when the day lies after {@code today} (nobody notices tomorrow's incident). */
    IncidentFacts facts(LocalDate today) {
        var day = discoveredOn == null ? today : discoveredOn;
        if (day.isAfter(today)) {
            throw new IncidentRefused("incident.refused.future");
        }
        return new IncidentFacts(title, whatHappened, day, affected, checked(personalData),
                peopleAffected == null ? 0 : peopleAffected, checked(sensitiveData), checked(myNumberData),
                checked(maliceSuspected), checked(financialHarm), checked(lostDevice));
    }

    // A check box that is not ticked is not sent at all, so absent means false (boxed: the binder cannot leave a
    // primitive unset).
    private static boolean checked(Boolean box) {
        return Boolean.TRUE.equals(box);
    }
}
