package jp.mamori.incident;

/**
 * How many days after discovery each report is due: the 速報 "promptly" (the guideline's 3–5 days, 3 by default),
 * the 確報 within 30 days, 60 where malice is suspected. Configurable per installation. Immutable.
 */
public record ReportingDeadlines(int preliminaryDays, int finalDays, int finalDaysMalice) {

    public static final ReportingDeadlines DEFAULTS = new ReportingDeadlines(3, 30, 60);

    public ReportingDeadlines {
        if (preliminaryDays < 1 || finalDays < preliminaryDays || finalDaysMalice < finalDays) {
            throw new IllegalArgumentException("deadlines must grow: " + preliminaryDays + ", " + finalDays + ", "
                    + finalDaysMalice);
        }
    }
}
