package jp.mamori.supplier;

import static jp.mamori.supplier.SupplierFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.UUID;

import jp.mamori.asset.Confidentiality;
import jp.mamori.finding.Finding;
import jp.mamori.finding.Severity;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule of seed clause 6(7) with a case that passes and one that fails it. */
class SupplierRulesTests {

    @Nested
    class ContractClauses {

        @Test
        void aContractForClassTwoWorkMissingAClauseIsAFinding() {
            var contractor = SupplierFixture.contractor();
            var contract = SupplierFixture.contract(contractor, SupplierFixture.allBut(SecurityClause.RIGHT_TO_AUDIT));

            var findings = SupplierRules.evaluate(SupplierFixture.registers(contractor, contract, Confidentiality.R6_3B),
                    TODAY);

            assertThat(findings).extracting(Finding::ruleId).containsExactly("supplier.CONTRACT_CLAUSE_MISSING");
            var finding = findings.get(0);
            assertThat(finding.severity()).isEqualTo(Severity.HIGH);
            assertThat(finding.subject().objectId()).isEqualTo(contract.id().toString());
            assertThat(finding.arguments()).contains("3B", "1", "RIGHT_TO_AUDIT");
        }

        @Test
        void aContractWithEveryClauseIsNot() {
            var contractor = SupplierFixture.contractor();
            var contract = SupplierFixture.contract(contractor, SupplierFixture.all());

            assertThat(SupplierRules.evaluate(SupplierFixture.registers(contractor, contract, Confidentiality.R6_3B),
                    TODAY)).isEmpty();
        }

        @Test
        void aMissingClauseForClassOneWorkOrWorkWithNoAssetsIsNot() {
            var contractor = SupplierFixture.contractor();
            var contract = SupplierFixture.contract(contractor, SupplierFixture.allBut(SecurityClause.REMEDIES));

            assertThat(SupplierRules.contractClauses(contract, contractor, Confidentiality.R6_1, TODAY)).isEmpty();
            assertThat(SupplierRules.contractClauses(contract, contractor, null, TODAY)).isEmpty();
            assertThat(SupplierRules.contractClauses(contract, contractor, Confidentiality.R6_2, TODAY)).isPresent();
        }
    }

    @Nested
    class Subcontractors {

        @Test
        void aSubcontractorWithoutApprovalOrWithoutTheSameDutiesIsAFinding() {
            var contractor = SupplierFixture.contractor();
            var unapproved = new Subcontractor(UUID.randomUUID(), SupplierFixture.TENANT, contractor.id(), "有限会社 美咲デザイン",
                    "更新作業", null, true, 0);
            var noDuties = new Subcontractor(UUID.randomUUID(), SupplierFixture.TENANT, contractor.id(), "有限会社 美咲デザイン",
                    "更新作業", TODAY, false, 0);

            assertThat(SupplierRules.subcontractorApproval(unapproved, contractor)).get()
                    .extracting(Finding::ruleId, Finding::messageKey)
                    .containsExactly("supplier.SUBCONTRACTOR_NOT_APPROVED", "supplier.finding.subcontractorNotApproved");
            assertThat(SupplierRules.subcontractorApproval(noDuties, contractor)).get()
                    .extracting(Finding::messageKey).isEqualTo("supplier.finding.subcontractorDuties");
        }

        @Test
        void anApprovedSubcontractorBoundByTheSameDutiesIsNot() {
            var contractor = SupplierFixture.contractor();
            var approved = new Subcontractor(UUID.randomUUID(), SupplierFixture.TENANT, contractor.id(), "有限会社 美咲デザイン",
                    "更新作業", TODAY.minusMonths(2), true, 0);

            assertThat(SupplierRules.subcontractorApproval(approved, contractor)).isEmpty();
        }
    }

    @Nested
    class CloudServices {

        @Test
        void aTermsOfServiceServiceStoringClassTwoIsAFindingTwice() {
            var cloud = SupplierFixture.cloud(false, null, Confidentiality.R6_1, true, TODAY);

            assertThat(SupplierRules.cloudAboveAllowed(cloud, Confidentiality.R6_2)).get()
                    .extracting(Finding::ruleId).isEqualTo("supplier.CLOUD_ABOVE_ALLOWED_CLASS");
            assertThat(SupplierRules.termsOfServiceClassTwo(cloud, Confidentiality.R6_2)).get()
                    .extracting(Finding::severity).isEqualTo(Severity.HIGH);
        }

        @Test
        void aTermsOfServiceServiceHoldingOnlyClassOneIsNot() {
            var cloud = SupplierFixture.cloud(false, null, Confidentiality.R6_1, true, null);

            assertThat(SupplierRules.cloudAboveAllowed(cloud, Confidentiality.R6_1)).isEmpty();
            assertThat(SupplierRules.termsOfServiceClassTwo(cloud, Confidentiality.R6_1)).isEmpty();
            assertThat(SupplierRules.cloudIsmap(cloud, Confidentiality.R6_1, TODAY)).isEmpty();
            assertThat(SupplierRules.cloudApproval(cloud, Confidentiality.R6_1)).isEmpty();
        }

        @Test
        void storingAboveTheAllowedClassIsAFindingUpToItIsNot() {
            var negotiated = SupplierFixture.cloud(true, TODAY.plusYears(1), Confidentiality.R6_2, false, TODAY);

            assertThat(SupplierRules.cloudAboveAllowed(negotiated, Confidentiality.R6_3B)).isPresent();
            assertThat(SupplierRules.cloudAboveAllowed(negotiated, Confidentiality.R6_2)).isEmpty();
            assertThat(SupplierRules.termsOfServiceClassTwo(negotiated, Confidentiality.R6_2)).isEmpty();
        }

        @Test
        void classTwoOutsideIsmapOrWithoutApprovalIsAFindingListedAndApprovedIsNot() {
            var unlisted = SupplierFixture.cloud(false, null, Confidentiality.R6_2, false, null);
            var lapsed = SupplierFixture.cloud(true, TODAY.minusDays(1), Confidentiality.R6_2, false, TODAY);
            var listed = SupplierFixture.cloud(true, TODAY.plusYears(1), Confidentiality.R6_2, false, TODAY);

            assertThat(SupplierRules.cloudIsmap(unlisted, Confidentiality.R6_2, TODAY)).get()
                    .extracting(Finding::ruleId).isEqualTo("supplier.CLOUD_NOT_ISMAP");
            assertThat(SupplierRules.cloudIsmap(lapsed, Confidentiality.R6_2, TODAY)).get()
                    .extracting(Finding::ruleId).isEqualTo("supplier.CLOUD_NOT_ISMAP");
            assertThat(SupplierRules.cloudApproval(unlisted, Confidentiality.R6_2)).get()
                    .extracting(Finding::ruleId).isEqualTo("supplier.CLOUD_NOT_APPROVED");
            assertThat(SupplierRules.cloudIsmap(listed, Confidentiality.R6_2, TODAY)).isEmpty();
            assertThat(SupplierRules.cloudApproval(listed, Confidentiality.R6_2)).isEmpty();
        }

        @Test
        void anIsmapListingEndingWithinTheNoticeIsReported() {
            var ending = SupplierFixture.cloud(true, TODAY.plusDays(30), Confidentiality.R6_2, false, TODAY);

            assertThat(SupplierRules.cloudIsmap(ending, Confidentiality.R6_2, TODAY)).get()
                    .extracting(Finding::ruleId).isEqualTo("supplier.ISMAP_EXPIRING");
        }
    }

    @Nested
    class SocialMediaAccounts {

        @Test
        void anAccountUnusedForHalfAYearIsDormant() {
            var dormant = SupplierFixture.social(TODAY.minusDays(181), true, true, UUID.randomUUID(), "手順");
            var never = SupplierFixture.social(null, true, true, UUID.randomUUID(), "手順");

            assertThat(SupplierRules.social(dormant, TODAY)).extracting(Finding::ruleId)
                    .containsExactly("supplier.SOCIAL_DORMANT");
            assertThat(SupplierRules.social(never, TODAY)).extracting(Finding::ruleId)
                    .containsExactly("supplier.SOCIAL_DORMANT");
        }

        @Test
        void aWellKeptAccountIsNot() {
            var active = SupplierFixture.social(TODAY.minusDays(3), true, true, UUID.randomUUID(), "SNS運用手順");

            assertThat(SupplierRules.social(active, TODAY)).isEmpty();
        }

        @Test
        void noSecondFactorNoOwnerAndNotListedAreEachAFinding() {
            var loose = SupplierFixture.social(TODAY, false, false, null, "");

            assertThat(SupplierRules.social(loose, TODAY)).extracting(Finding::ruleId).containsExactlyInAnyOrder(
                    "supplier.SOCIAL_NO_SECOND_FACTOR", "supplier.SOCIAL_NO_OWNER", "supplier.SOCIAL_NOT_LISTED");
        }
    }

    @Nested
    class Expiry {

        @Test
        void aCertificationExpiringWithinTheNoticeOrExpiredIsAFindingLaterIsNot() {
            var expiring = SupplierFixture.contractor(TODAY.plusDays(60), null);
            var expired = SupplierFixture.contractor(null, TODAY.minusDays(1));
            var later = SupplierFixture.contractor(TODAY.plusDays(61), TODAY.plusYears(2));

            assertThat(SupplierRules.certifications(expiring, TODAY)).extracting(Finding::ruleId)
                    .containsExactly("supplier.CERTIFICATION_EXPIRING");
            assertThat(SupplierRules.certifications(expired, TODAY)).extracting(Finding::ruleId)
                    .containsExactly("supplier.CERTIFICATION_EXPIRED");
            assertThat(SupplierRules.certifications(later, TODAY)).isEmpty();
        }

        @Test
        void aContractEndingWithinTheNoticeIsReportedOneEndingLaterIsNot() {
            var contractor = SupplierFixture.contractor();
            var ending = SupplierFixture.contract(contractor, TODAY.minusYears(1), TODAY.plusDays(20), null);
            var later = SupplierFixture.contract(contractor, TODAY.minusYears(1), TODAY.plusDays(200), null);

            assertThat(SupplierRules.contractExpiring(ending, contractor, TODAY)).isPresent();
            assertThat(SupplierRules.contractExpiring(later, contractor, TODAY)).isEmpty();
        }

        @Test
        void anEndedContractWithoutTheDeletionCertificateIsAFindingWithItIsNot() {
            var contractor = SupplierFixture.contractor();
            var owed = SupplierFixture.contract(contractor, TODAY.minusYears(1), TODAY.minusDays(1), null);
            var certified = SupplierFixture.contract(contractor, TODAY.minusYears(1), TODAY.minusDays(1), TODAY);

            assertThat(SupplierRules.deletionCertificate(owed, contractor, TODAY)).get()
                    .extracting(Finding::ruleId).isEqualTo("supplier.DELETION_CERTIFICATE_MISSING");
            assertThat(SupplierRules.deletionCertificate(certified, contractor, TODAY)).isEmpty();
        }

        @Test
        void aCheckPastItsDueDateUnansweredIsAFindingAnsweredIsNot() {
            var contract = SupplierFixture.contract(SupplierFixture.contractor(), SupplierFixture.all());
            var due = new PeriodicCheck(UUID.randomUUID(), SupplierFixture.TENANT, contract.id(), "上期点検",
                    PeriodicCheck.Kind.QUESTIONNAIRE, TODAY.minusDays(1), null, null, null, null, 0);
            var answers = new EnumMap<CheckQuestion, CheckAnswer>(CheckQuestion.class);
            for (var q : CheckQuestion.values()) {
                answers.put(q, CheckAnswer.DONE);
            }
            var answered = due.answer(answers, "", "山本 一郎", Instant.parse("2026-05-30T01:00:00Z"));

            assertThat(SupplierRules.checkOverdue(due, contract, TODAY)).isPresent();
            assertThat(SupplierRules.checkOverdue(answered, contract, TODAY)).isEmpty();
        }
    }

    @Nested
    class Answers {

        @Test
        void aCheckIsAnsweredOnceAndCompletely() {
            var check = new PeriodicCheck(UUID.randomUUID(), SupplierFixture.TENANT, UUID.randomUUID(), "上期点検",
                    PeriodicCheck.Kind.QUESTIONNAIRE, TODAY, null, null, null, null, 0);
            var partial = new EnumMap<CheckQuestion, CheckAnswer>(CheckQuestion.class);
            partial.put(CheckQuestion.ACCESS_LIMITED, CheckAnswer.DONE);
            assertThatThrownBy(() -> check.answer(partial, "", "山本", Instant.now()))
                    .isInstanceOfSatisfying(SupplierRefused.class,
                            e -> assertThat(e.messageKey()).isEqualTo("supplier.refused.answerMissing"));

            var all = new EnumMap<CheckQuestion, CheckAnswer>(CheckQuestion.class);
            for (var q : CheckQuestion.values()) {
                all.put(q, CheckAnswer.PARTLY);
            }
            var answered = check.answer(all, "備考", "山本", Instant.now());
            assertThat(answered.answerMap()).isEqualTo(all);
            assertThatThrownBy(() -> answered.answer(all, "", "山本", Instant.now()))
                    .isInstanceOfSatisfying(SupplierRefused.class,
                            e -> assertThat(e.messageKey()).isEqualTo("supplier.refused.alreadyAnswered"));
        }

        @Test
        void aContractCannotEndBeforeItStarts() {
            var contractor = SupplierFixture.contractor();
            assertThatThrownBy(() -> SupplierFixture.contract(contractor, TODAY, TODAY.minusDays(1), null))
                    .isInstanceOf(SupplierRefused.class);
            assertThat(Contract.parse(Contract.format(SupplierFixture.allBut(SecurityClause.REPORTS))))
                    .doesNotContain(SecurityClause.REPORTS).hasSize(9);
            assertThat(LocalDate.of(2026, 1, 1)).isBefore(TODAY);
        }
    }
}
