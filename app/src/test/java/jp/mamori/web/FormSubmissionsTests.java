package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The claim of a form token in the database (H2 and PostgreSQL): one winner, bound to its account, cleaned up. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
class FormSubmissionsTests {

    @Autowired
    JdbcClient jdbc;

    final UUID tenant = UUID.randomUUID();
    final UUID account = UUID.randomUUID();

    private static MutableClock clock(String instant) {
        var clock = new MutableClock();
        clock.set(java.time.Instant.parse(instant));
        return clock;
    }

    private FormSubmissions at(java.time.Clock clock) {
        return new FormSubmissions(jdbc, clock);
    }

    @Test
    void onlyTheFirstClaimOfATokenRunsAndTheRepeatsLearnItsOutcome() {
        var submissions = at(clock("2026-06-01T01:00:00Z"));
        var token = submissions.issue();

        assertThat(submissions.claim(token, tenant, account)).isInstanceOf(FormSubmissions.Claim.First.class);
        assertThat(submissions.claim(token, tenant, account))
                .isEqualTo(new FormSubmissions.Claim.Repeated(Optional.empty()));
        submissions.remember(token, tenant, "/assets/1");
        assertThat(submissions.claim(token, tenant, account))
                .isEqualTo(new FormSubmissions.Claim.Repeated(Optional.of("/assets/1")));
    }

    @Test
    void anotherAccountOrTenantCannotUseAClaimedToken() {
        var submissions = at(clock("2026-06-01T01:00:00Z"));
        var token = submissions.issue();
        submissions.claim(token, tenant, account);
        submissions.remember(token, tenant, "/assets/1");

        assertThat(submissions.claim(token, tenant, UUID.randomUUID())).isInstanceOf(FormSubmissions.Claim.Foreign.class);
        assertThat(submissions.claim(token, UUID.randomUUID(), account)).isInstanceOf(FormSubmissions.Claim.Foreign.class);
    }

    @Test
    void aReleasedTokenCanBeClaimedAgainButARememberedOneCannot() {
        var submissions = at(clock("2026-06-01T01:00:00Z"));
        var released = submissions.issue();
        submissions.claim(released, tenant, account);
        submissions.release(released, tenant);
        assertThat(submissions.claim(released, tenant, account)).isInstanceOf(FormSubmissions.Claim.First.class);

        var done = submissions.issue();
        submissions.claim(done, tenant, account);
        submissions.remember(done, tenant, "/units/1");
        submissions.release(done, tenant);
        assertThat(submissions.claim(done, tenant, account)).isInstanceOf(FormSubmissions.Claim.Repeated.class);
    }

    @Test
    void expiredRowsAreDeletedByLaterClaims() {
        var clock = clock("2026-06-01T01:00:00Z");
        var submissions = at(clock);
        var old = submissions.issue();
        submissions.claim(old, tenant, account);

        clock.advance(FormSubmissions.LIFETIME.plus(Duration.ofSeconds(1)));
        submissions.claim(submissions.issue(), tenant, account);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM web_form_submission WHERE token = ?").param(old)
                .query(Integer.class).single()).isZero();
        assertThat(submissions.claim(old, tenant, account)).isInstanceOf(FormSubmissions.Claim.First.class);
    }
}
