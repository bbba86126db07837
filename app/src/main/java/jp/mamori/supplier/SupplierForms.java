package jp.mamori.supplier;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.asset.Confidentiality;

/** The forms of the supplier pages, bound as records and turned into drafts; never bound onto the aggregates. */
final class SupplierForms {

    private SupplierForms() {
    }

    record ContractorForm(String name, UUID unitId, String work, String contactName, String contactEmail,
            String ismsExpiresOn, String privacyMarkExpiresOn, String staffWithAccess) {

        static ContractorForm empty() {
            return new ContractorForm("", null, "", "", "", "", "", "");
        }

        SupplierManagement.ContractorDraft draft() {
            return new SupplierManagement.ContractorDraft(name, unitId, work, contactName, contactEmail,
                    date(ismsExpiresOn, "isms"), date(privacyMarkExpiresOn, "privacyMark"), staffWithAccess);
        }
    }

    record ContractForm(UUID contractorId, String title, String startsOn, String endsOn, List<SecurityClause> clauses) {

        Set<SecurityClause> clauseSet() {
            return clauses == null || clauses.isEmpty() ? Set.of() : EnumSet.copyOf(clauses);
        }

        LocalDate start() {
            return required(date(startsOn, "startsOn"), "startsOn");
        }

        LocalDate end() {
            return required(date(endsOn, "endsOn"), "endsOn");
        }
    }

    record CloudForm(String provider, String service, UUID unitId, boolean ismapRegistered, String ismapExpiresOn,
            String dataLocation, String allowedClass, boolean termsOfService, String approvedOn, String exitPlan) {

        static CloudForm empty() {
            return new CloudForm("", "", null, false, "", "国内", "R6_1", true, "", "");
        }

        SupplierManagement.CloudDraft draft() {
            Confidentiality allowed;
            try {
                allowed = Confidentiality.valueOf(allowedClass == null ? "" : allowedClass);
            } catch (IllegalArgumentException e) {
                throw new SupplierRefused("supplier.refused.allowedClass");
            }
            return new SupplierManagement.CloudDraft(provider, service, unitId, ismapRegistered,
                    date(ismapExpiresOn, "ismap"), dataLocation, allowed, termsOfService, date(approvedOn, "approvedOn"),
                    exitPlan);
        }
    }

    record SocialForm(String platform, String accountName, String url, UUID unitId, String responsibleStaffNumber,
            String procedureTitle,
            boolean listedOnWebsite, boolean secondFactor, String credentialHolder, String lastActivityOn) {

        static SocialForm empty() {
            return new SocialForm("", "", "https://", null, "", "", true, true, "", "");
        }

        SupplierManagement.SocialDraft draft(UUID responsibleStaffId) {
            return new SupplierManagement.SocialDraft(platform, accountName, url, unitId, responsibleStaffId,
                    procedureTitle, listedOnWebsite, secondFactor, credentialHolder,
                    date(lastActivityOn, "lastActivity"));
        }
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new SupplierRefused("supplier.refused.date." + field, text.strip());
        }
    }

    private static LocalDate required(LocalDate date, String field) {
        if (date == null) {
            throw new SupplierRefused("supplier.refused.required." + field);
        }
        return date;
    }
}
