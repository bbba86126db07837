package jp.mamori.supplier;

/**
 * The questions of the periodic questionnaire a contractor answers (委託先の定期点検), one per duty of the
 * contract; each is answered 実施 / 一部実施 / 未実施. Labels are in the supplier bundle
 * ({@code supplier.question.<NAME>}).
 */
enum CheckQuestion {
    STAFF_LIST_CURRENT,
    ACCESS_LIMITED,
    NO_COPY_OUTSIDE_SITE,
    SUBCONTRACTORS_APPROVED,
    INCIDENTS_REPORTED,
    TRAINING_DONE
}
