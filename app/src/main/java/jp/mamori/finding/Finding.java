package jp.mamori.finding;

import java.util.List;
import java.util.Objects;

/**
 * One result of a rule on data (要確認事項): which rule found it, the basic-policy clause or catalogue measure the
 * rule comes from, the objects it is about, how urgent it is, and the message that explains it. Every module's
 * checks produce this one type. Immutable.
 *
 * @param ruleId {@code <module>.<RULE>}, for example {@code asset.SPECIFIC_PERSONAL_OUTSIDE_MY_NUMBER}
 * @param basis the seed clause ("6(2)") or measure id ("MIC-STD-4.3.2") the rule puts into practice
 * @param subjects the objects it is about, the first being the one to open; at least one
 * @param messageKey the key of the explanation in the source module's message bundle
 * @param arguments the explanation's arguments, already in words (never ids people cannot read)
 */
public record Finding(String ruleId, String basis, List<FindingSubject> subjects, Severity severity,
        String messageKey, List<String> arguments) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        subjects = List.copyOf(subjects);
        arguments = List.copyOf(arguments);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("a finding is about at least one object: " + ruleId);
        }
    }

    /** The object to open first. */
    public FindingSubject subject() {
        return subjects.get(0);
    }

    /** The arguments as the message source takes them. */
    public Object[] messageArguments() {
        return arguments.toArray();
    }
}
