package jp.mamori.supplier;

import jp.mamori.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What the supplier module's Spring tests share (one cached context): a clock the tests move. */
@TestConfiguration(proxyBeanMethods = false)
class SupplierTestConfiguration {

    @Bean
    @Primary
    MutableClock supplierTestClock() {
        return new MutableClock();
    }
}
