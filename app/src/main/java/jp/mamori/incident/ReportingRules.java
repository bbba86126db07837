package jp.mamori.incident;

import java.util.ArrayList;
import java.util.List;

/**
 * The reporting obligations that follow from an incident's facts. The 個人情報保護委員会 report is due when personal
 * data is involved and any of these holds: more than 100 people (100 exactly is not enough), 要配慮個人情報,
 * 特定個人情報, suspected malice (不正の目的), or possible financial harm; its 速報 is due {@code preliminaryDays} after
 * discovery and its 確報 {@code finalDays} after (or {@code finalDaysMalice} where malice is suspected). The prefecture
 * is told whenever the commission is; the police whenever malice is suspected. Pure and thread-safe.
 */
public final class ReportingRules {

    /** "More than 100 people": 101 triggers the report, 100 does not. */
    public static final int PEOPLE_THRESHOLD = 100;

    private final ReportingDeadlines deadlines;

    public ReportingRules(ReportingDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public List<Obligation> derive(IncidentFacts facts) {
        var found = new ArrayList<Obligation>();
        var reasons = new ArrayList<String>();
        if (facts.personalData()) {
            if (facts.peopleAffected() > PEOPLE_THRESHOLD) {
                reasons.add("over100");
            }
            if (facts.sensitiveData()) {
                reasons.add("sensitive");
            }
            if (facts.myNumberData()) {
                reasons.add("myNumber");
            }
            if (facts.maliceSuspected()) {
                reasons.add("malice");
            }
            if (facts.financialHarmPossible()) {
                reasons.add("financialHarm");
            }
        }
        var found0 = facts.discoveredOn();
        if (!reasons.isEmpty()) {
            var finalDays = facts.maliceSuspected() ? deadlines.finalDaysMalice() : deadlines.finalDays();
            found.add(new Obligation(ReportingBody.PPC, reasons, found0.plusDays(deadlines.preliminaryDays()),
                    found0.plusDays(finalDays)));
            found.add(new Obligation(ReportingBody.PREFECTURE, List.of("ppc"),
                    found0.plusDays(deadlines.preliminaryDays()), null));
        }
        if (facts.maliceSuspected()) {
            found.add(new Obligation(ReportingBody.POLICE, List.of("malice"), found0.plusDays(1), null));
        }
        return List.copyOf(found);
    }
}
