package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.ArrayList;
import java.util.List;

import jp.mamori.DatabaseTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Regression: the password step used to verify the Argon2 hash inside its database transaction, so every
 * caller waiting for a hashing permit or hashing held a pooled connection. 200 simultaneous sign-ins then
 * drained the pool and ended in connection time-outs (HTTP 500) instead of the hashing cap's 429.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
@Import(IdentityTestConfiguration.class)
class PasswordStepConnectionTests {

    @MockitoSpyBean
    PasswordHashing hashing;
    @Autowired
    SignIn signIn;
    @Autowired
    IdentityFixture fixture;

    @Test
    void verifiesThePasswordWithoutHoldingATransaction() {
        var person = fixture.person("blue autumn sky over the rice fields", true, null, false);
        List<Boolean> inTransaction = new ArrayList<>();
        doAnswer(call -> {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            return call.callRealMethod();
        }).when(hashing).matches(any(), any());

        var known = signIn.password(person.loginName(), person.password(), "192.0.2.10");
        var unknown = signIn.password("nobody-" + person.loginName(), person.password(), "192.0.2.10");

        assertThat(known).isInstanceOf(SignIn.SecondFactorDue.class);
        assertThat(unknown).isInstanceOf(SignIn.Refused.class);
        assertThat(inTransaction).containsExactly(false, false);
    }
}
