package jp.mamori.identity;

import jp.mamori.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A clock the tests move, and the fixture. Shared by the identity module's Spring tests (one cached context). */
@TestConfiguration(proxyBeanMethods = false)
class IdentityTestConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    IdentityFixture identityFixture(JdbcClient jdbc, Accounts accounts, PasswordHashing hashing, SecretBox box,
            MutableClock clock, TransactionTemplate transactions) {
        return new IdentityFixture(jdbc, accounts, hashing, box, clock, transactions);
    }
}
