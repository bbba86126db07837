package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Password length, the common-password list, context words, Argon2id parameters and the hashing bulkhead. */
class PasswordRulesTests {

    static final PasswordHashing HASHING = new PasswordHashing(4, 2000);
    private final CommonPasswords common = new CommonPasswords();
    private final PasswordPolicy policy = new PasswordPolicy(common);
    private final List<String> context = List.of("久米南町", "くめなんちょう", "Kumenan Town", "kumenan", "久米南", "mamori");

    /** 64 characters of Japanese: 192 bytes of UTF-8, far beyond bcrypt's 72. */
    static final String JAPANESE_64 = "春はあけぼのやうやう白くなりゆく山ぎはすこしあかりて紫だちたる雲のほそくたなびきたる夏は夜月のころはさらなり闇もなほ蛍の多く飛び";

    @Test
    void bundlesAtLeast3000CommonPasswords() {
        assertThat(common.size()).isGreaterThanOrEqualTo(3000);
        assertThat(common.check("Password1234").isCompromised()).isTrue();
        assertThat(common.check("QWERTYUIOP123").isCompromised()).isTrue();
        assertThat(common.check("ｑｗｅｒｔｙｕｉｏｐ１２３").isCompromised()).isTrue();
        assertThat(common.check("tanaka19851985").isCompromised()).isFalse();
        assertThat(common.check("tanaka1985").isCompromised()).isFalse();
        assertThat(common.check("sakura2024!!").isCompromised()).isFalse();
        assertThat(common.check("sakura202400").isCompromised()).isFalse();
        assertThat(common.check("sakurasakura").isCompromised()).isTrue();
    }

    @Test
    void acceptsLongJapanesePasswordsWithoutCompositionRules() {
        assertThat(JAPANESE_64.codePointCount(0, JAPANESE_64.length())).isEqualTo(64);
        assertThat(policy.refusal(JAPANESE_64, context)).isEmpty();
        assertThat(policy.refusal("correct horse battery staple", context)).isEmpty();
        assertThat(policy.refusal("x".repeat(128).replace("xx", "xy"), context)).isEmpty();
    }

    @Test
    void refusesShortLongCommonAndContextPasswords() {
        assertThat(policy.refusal("short pass1", context)).hasValue("identity.password.tooShort");
        assertThat(policy.refusal("あいうえおかきくけこさ", context)).hasValue("identity.password.tooShort");
        assertThat(policy.refusal("a".repeat(129), context)).hasValue("identity.password.tooLong");
        assertThat(policy.refusal("password2024!", context)).hasValue("identity.password.common");
        assertThat(policy.refusal("久米南町2026年4月1日!!", context)).hasValue("identity.password.context");
        assertThat(policy.refusal("Kumenan2026!!", context)).hasValue("identity.password.context");
        assertThat(policy.refusal("mamori-mamori-12", context)).hasValue("identity.password.context");
        assertThat(policy.refusal("kumenan has the bluest autumn sky", context)).isEmpty();
    }

    @Test
    void hashesWithArgon2idAtTheAsvsMinimum() {
        var hash = HASHING.hash("correct horse battery staple");
        assertThat(hash).startsWith("{argon2@asvs5}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(HASHING.hash("correct horse battery staple")).isNotEqualTo(hash); // salted
        assertThat(HASHING.matches("correct horse battery staple", hash)).isTrue();
        assertThat(HASHING.outdated(hash)).isFalse();
    }

    @Test
    void usesThePasswordExactlyAsTyped() {
        var hash = HASHING.hash(JAPANESE_64);
        assertThat(HASHING.matches(JAPANESE_64, hash)).isTrue();
        assertThat(HASHING.matches(JAPANESE_64 + "x", hash)).isFalse();
        assertThat(HASHING.matches(JAPANESE_64.substring(0, 63), hash)).isFalse();
        var spaced = HASHING.hash(" correct horse battery staple ");
        assertThat(HASHING.matches("correct horse battery staple", spaced)).isFalse();
        assertThat(HASHING.matches(" CORRECT HORSE BATTERY STAPLE ", spaced)).isFalse();
        // Differ only after byte 72: no bcrypt-style truncation.
        var prefix = "a".repeat(80);
        assertThat(HASHING.matches(prefix + "b", HASHING.hash(prefix + "c"))).isFalse();
    }

    @Test
    void anUnknownAccountCostsOneVerificationAndNeverMatches() {
        var before = HASHING.verifications();
        assertThat(HASHING.matches("whatever it is", null)).isFalse();
        assertThat(HASHING.verifications()).isEqualTo(before + 1);
    }

    @Test
    void refusesWorkBeyondTheBulkhead() throws Exception {
        // One permit, waited for at most 1 ms: while another thread keeps hashing, some attempts must be refused.
        var tight = new PasswordHashing(1, 1);
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        var hashing = new java.util.concurrent.CountDownLatch(1);
        var thread = new Thread(() -> {
            while (!stop.get()) {
                try {
                    hashing.countDown();
                    tight.hash("one hash after the other");
                } catch (PasswordHashing.Busy e) {
                    // the test thread holds the permit for a moment: try again
                }
            }
        });
        thread.start();
        hashing.await();
        try {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 50; i++) {
                    tight.hash("another one");
                }
            }).isInstanceOf(PasswordHashing.Busy.class);
        } finally {
            stop.set(true);
            thread.join();
        }
    }
}
