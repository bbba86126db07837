package jp.mamori.asset;

/**
 * What personal information an asset contains: any (個人情報), 特定個人情報 (My Number), 要配慮個人情報, and about
 * how many people. Immutable. A specific or sensitive flag implies {@code present}.
 *
 * @param peopleCount approximate number of people, or null when unknown or none
 */
public record PersonalInformation(boolean present, boolean specific, boolean sensitive, Integer peopleCount) {

    public static final PersonalInformation NONE = new PersonalInformation(false, false, false, null);

    public PersonalInformation {
        present = present || specific || sensitive;
        if (peopleCount != null && peopleCount < 0) {
            throw new IllegalArgumentException("number of people cannot be negative: " + peopleCount);
        }
    }
}
