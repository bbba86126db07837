package jp.mamori.web;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.MessageSourceResourceBundleLocator;

/**
 * Bean Validation with the app's messages: the constraints' texts come from the app's bundles, not from the
 * framework's, so that a form's messages all read alike ({@link FieldMessages}).
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    LocalValidatorFactoryBean validator(MessageSource messageSource) {
        ResourceBundleLocator bundles = new MessageSourceResourceBundleLocator(messageSource);
        var validator = new LocalValidatorFactoryBean();
        validator.setMessageInterpolator(
                new FieldMessages(new ResourceBundleMessageInterpolator(bundles), messageSource));
        return validator;
    }
}
