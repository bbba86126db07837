package jp.mamori.supplier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.asset.Confidentiality;
import jp.mamori.finding.Finding;
import jp.mamori.finding.FindingSubject;
import jp.mamori.finding.Severity;

/**
 * The automatic checks of seed clause 6(7) on a tenant's supplier registers, as plain functions of the registers and
 * the day: each rule gives its findings, with the objects they are about. No Spring, no database; thread-safe.
 */
final class SupplierRules {

    static final String BASIS = "6(7)";

    /** How far ahead an end of contract, certification or ISMAP listing is reported as expiring. */
    static final int EXPIRY_NOTICE_DAYS = 60;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /**
     * The registers of one tenant as the rules read them.
     *
     * @param contractorClass the highest 機密性 of the assets each contractor handles (absent: none linked)
     * @param cloudClass the highest 機密性 of the assets each cloud service stores
     */
    record Registers(List<Contractor> contractors, List<Subcontractor> subcontractors, List<Contract> contracts,
            List<PeriodicCheck> checks, List<CloudService> clouds, List<SocialAccount> socials,
            Map<UUID, Confidentiality> contractorClass, Map<UUID, Confidentiality> cloudClass) {
    }

    private SupplierRules() {
    }

    static List<Finding> evaluate(Registers r, LocalDate today) {
        var findings = new ArrayList<Finding>();
        var contractors = r.contractors().stream().collect(Collectors.toMap(Contractor::id, c -> c));
        for (var contract : r.contracts()) {
            var contractor = contractors.get(contract.contractorId());
            if (contractor != null) {
                contractClauses(contract, contractor, r.contractorClass().get(contractor.id()), today)
                        .ifPresent(findings::add);
                contractExpiring(contract, contractor, today).ifPresent(findings::add);
                deletionCertificate(contract, contractor, today).ifPresent(findings::add);
            }
        }
        for (var sub : r.subcontractors()) {
            var contractor = contractors.get(sub.contractorId());
            if (contractor != null) {
                subcontractorApproval(sub, contractor).ifPresent(findings::add);
            }
        }
        for (var contractor : r.contractors()) {
            findings.addAll(certifications(contractor, today));
        }
        var contracts = r.contracts().stream().collect(Collectors.toMap(Contract::id, c -> c));
        for (var check : r.checks()) {
            var contract = contracts.get(check.contractId());
            if (contract != null) {
                checkOverdue(check, contract, today).ifPresent(findings::add);
            }
        }
        for (var cloud : r.clouds()) {
            var stored = r.cloudClass().get(cloud.id());
            cloudAboveAllowed(cloud, stored).ifPresent(findings::add);
            termsOfServiceClassTwo(cloud, stored).ifPresent(findings::add);
            cloudIsmap(cloud, stored, today).ifPresent(findings::add);
            cloudApproval(cloud, stored).ifPresent(findings::add);
        }
        for (var social : r.socials()) {
            findings.addAll(social(social, today));
        }
        return findings;
    }

    /** A contract for 機密性2+ work in force without every clause of the checklist. */
    static Optional<Finding> contractClauses(Contract contract, Contractor contractor, Confidentiality handled,
            LocalDate today) {
        var missing = contract.missing();
        if (handled == null || !handled.twoOrAbove() || missing.isEmpty() || today.isAfter(contract.endsOn())) {
            return Optional.empty();
        }
        var names = missing.stream().map(Enum::name).collect(Collectors.joining(","));
        return Optional.of(finding("supplier.CONTRACT_CLAUSE_MISSING", Severity.HIGH, contract(contract, contractor),
                "supplier.finding.clauseMissing", contractor.name(), contract.title(), handled.label(),
                Integer.toString(missing.size()), names));
    }

    /** A contract in force ending within the notice period. */
    static Optional<Finding> contractExpiring(Contract contract, Contractor contractor, LocalDate today) {
        if (!contract.inForceOn(today) || contract.endsOn().isAfter(today.plusDays(EXPIRY_NOTICE_DAYS))) {
            return Optional.empty();
        }
        return Optional.of(finding("supplier.CONTRACT_EXPIRING", Severity.LOW, contract(contract, contractor),
                "supplier.finding.contractExpiring", contractor.name(), contract.title(),
                DAY.format(contract.endsOn())));
    }

    /** A contract ended without the certificate that the contractor deleted or returned the information. */
    static Optional<Finding> deletionCertificate(Contract contract, Contractor contractor, LocalDate today) {
        if (!contract.deletionCertificateOwedOn(today)) {
            return Optional.empty();
        }
        return Optional.of(finding("supplier.DELETION_CERTIFICATE_MISSING", Severity.MEDIUM,
                contract(contract, contractor), "supplier.finding.deletionCertificate", contractor.name(),
                contract.title(), DAY.format(contract.endsOn())));
    }

    /** A sub-contractor without the town's approval or without the contractor's duties. */
    static Optional<Finding> subcontractorApproval(Subcontractor sub, Contractor contractor) {
        if (sub.approved()) {
            return Optional.empty();
        }
        return Optional.of(finding("supplier.SUBCONTRACTOR_NOT_APPROVED", Severity.MEDIUM,
                new FindingSubject("supplier", "Contractor", contractor.id().toString(), contractor.name()),
                sub.approvedOn() == null ? "supplier.finding.subcontractorNotApproved"
                        : "supplier.finding.subcontractorDuties", contractor.name(), sub.name()));
    }

    /** An ISMS or Pマーク certification expired or expiring within the notice period. */
    static List<Finding> certifications(Contractor contractor, LocalDate today) {
        var findings = new ArrayList<Finding>();
        expiry(contractor, "ISMS", contractor.ismsExpiresOn(), today).ifPresent(findings::add);
        expiry(contractor, "Pマーク", contractor.privacyMarkExpiresOn(), today).ifPresent(findings::add);
        return findings;
    }

    private static Optional<Finding> expiry(Contractor contractor, String certification, LocalDate expiresOn,
            LocalDate today) {
        if (expiresOn == null || expiresOn.isAfter(today.plusDays(EXPIRY_NOTICE_DAYS))) {
            return Optional.empty();
        }
        var expired = expiresOn.isBefore(today);
        return Optional.of(finding(expired ? "supplier.CERTIFICATION_EXPIRED" : "supplier.CERTIFICATION_EXPIRING",
                expired ? Severity.MEDIUM : Severity.LOW,
                new FindingSubject("supplier", "Contractor", contractor.id().toString(), contractor.name()),
                expired ? "supplier.finding.certificationExpired" : "supplier.finding.certificationExpiring",
                contractor.name(), certification, DAY.format(expiresOn)));
    }

    /** A periodic check past its due date and not answered. */
    static Optional<Finding> checkOverdue(PeriodicCheck check, Contract contract, LocalDate today) {
        if (!check.overdueOn(today)) {
            return Optional.empty();
        }
        return Optional.of(finding("supplier.CHECK_OVERDUE", Severity.MEDIUM,
                new FindingSubject("supplier", "Contract", contract.id().toString(), contract.title()),
                "supplier.finding.checkOverdue", contract.title(), check.title(), DAY.format(check.dueOn())));
    }

    /** A cloud service storing information of a class above the one it may hold. */
    static Optional<Finding> cloudAboveAllowed(CloudService cloud, Confidentiality stored) {
        if (stored == null || !stored.higherThan(cloud.allowedClass())) {
            return Optional.empty();
        }
        return Optional.of(finding("supplier.CLOUD_ABOVE_ALLOWED_CLASS", Severity.HIGH, cloud(cloud),
                "supplier.finding.cloudAboveAllowed", cloud.display(), stored.label(), cloud.allowedClass().label()));
    }

    /** A 約款型 service (the provider's standard terms) holding 機密性2 or above: only for what may leak. */
    static Optional<Finding> termsOfServiceClassTwo(CloudService cloud, Confidentiality stored) {
        if (!cloud.termsOfService() || stored == null || !stored.twoOrAbove()) {
            return Optional.empty();
        }
        return Optional.of(finding("supplier.TERMS_OF_SERVICE_CLASS_TWO", Severity.HIGH, cloud(cloud),
                "supplier.finding.termsOfService", cloud.display(), stored.label()));
    }

    /** A service holding 機密性2 or above that is not (or no longer) listed on ISMAP; or a listing about to expire. */
    static Optional<Finding> cloudIsmap(CloudService cloud, Confidentiality stored, LocalDate today) {
        if (cloud.ismapListedOn(today)) {
            var expires = cloud.ismapExpiresOn();
            if (expires != null && !expires.isAfter(today.plusDays(EXPIRY_NOTICE_DAYS))) {
                return Optional.of(finding("supplier.ISMAP_EXPIRING", Severity.LOW, cloud(cloud),
                        "supplier.finding.ismapExpiring", cloud.display(), DAY.format(expires)));
            }
            return Optional.empty();
        }
        if (stored == null || !stored.twoOrAbove()) {
            return Optional.empty();
        }
        return Optional.of(finding("supplier.CLOUD_NOT_ISMAP", Severity.MEDIUM, cloud(cloud),
                "supplier.finding.notIsmap", cloud.display(), stored.label()));
    }

    /** A service holding 機密性2 or above without an approval record. */
    static Optional<Finding> cloudApproval(CloudService cloud, Confidentiality stored) {
        if (cloud.approvedOn() != null || stored == null || !stored.twoOrAbove()) {
            return Optional.empty();
        }
        return Optional.of(finding("supplier.CLOUD_NOT_APPROVED", Severity.MEDIUM, cloud(cloud),
                "supplier.finding.cloudNotApproved", cloud.display(), stored.label()));
    }

    /** A social-media account dormant, without a responsible person, second factor, procedure or listing. */
    static List<Finding> social(SocialAccount account, LocalDate today) {
        var subject = new FindingSubject("supplier", "SocialAccount", account.id().toString(), account.display());
        var findings = new ArrayList<Finding>();
        if (account.dormantOn(today)) {
            findings.add(finding("supplier.SOCIAL_DORMANT", Severity.MEDIUM, subject, "supplier.finding.dormant",
                    account.display(), account.lastActivityOn() == null ? "-" : DAY.format(account.lastActivityOn()),
                    Integer.toString(SocialAccount.DORMANT_AFTER_DAYS)));
        }
        if (!account.secondFactor()) {
            findings.add(finding("supplier.SOCIAL_NO_SECOND_FACTOR", Severity.MEDIUM, subject,
                    "supplier.finding.noSecondFactor", account.display()));
        }
        if (account.responsibleStaffId() == null || account.procedureTitle().isEmpty()) {
            findings.add(finding("supplier.SOCIAL_NO_OWNER", Severity.MEDIUM, subject, "supplier.finding.noOwner",
                    account.display()));
        }
        if (!account.listedOnWebsite()) {
            findings.add(finding("supplier.SOCIAL_NOT_LISTED", Severity.LOW, subject, "supplier.finding.notListed",
                    account.display()));
        }
        return findings;
    }

    private static FindingSubject contract(Contract contract, Contractor contractor) {
        return new FindingSubject("supplier", "Contract", contract.id().toString(),
                contractor.name() + " " + contract.title());
    }

    private static FindingSubject cloud(CloudService cloud) {
        return new FindingSubject("supplier", "CloudService", cloud.id().toString(), cloud.display());
    }

    private static Finding finding(String rule, Severity severity, FindingSubject subject, String key,
            String... arguments) {
        return new Finding(rule, BASIS, List.of(subject), severity, key, List.of(arguments));
    }
}
