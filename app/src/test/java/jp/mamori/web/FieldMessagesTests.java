package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The constraints' messages name the field, the rule and the limit, in both languages. */
class FieldMessagesTests {

    record Form(
            @FieldLabel("organization.field.staffName") @NotBlank @Size(max = 5) String name,
            @FieldLabel("tenant.field.fiscalYearStartMonth") @NotNull @Max(12) Integer month,
            @FieldLabel("organization.field.email") @Email String email,
            @FieldLabel("organization.field.code") @Pattern(regexp = "[0-9A-Za-z_-]*",
                    message = "{web.validation.codeCharacters}") String code,
            @NotBlank String unlabelled) {
    }

    private final LocalValidatorFactoryBean validator = validator();

    private static LocalValidatorFactoryBean validator() {
        var validator = new ValidationConfiguration().validator(new WebConfiguration().messageSource());
        validator.afterPropertiesSet();
        return validator;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private String message(Locale locale, Form form, String field) {
        LocaleContextHolder.setLocale(locale);
        return validator.validateProperty(form, field).iterator().next().getMessage();
    }

    private static Form valid() {
        return new Form("山田", 4, "a@example.jp", "A-1", "x");
    }

    @Test
    void aMissingValueSaysWhichFieldIsRequired() {
        var form = new Form(" ", null, null, null, "x");
        assertThat(message(Locale.JAPANESE, form, "name")).isEqualTo("氏名を入力してください（必須）。");
        assertThat(message(Locale.ENGLISH, form, "name")).isEqualTo("Name is required.");
        assertThat(message(Locale.JAPANESE, form, "month")).isEqualTo("年度の開始月を指定してください（必須）。");
    }

    @Test
    void aTooLongTextSaysTheLimitAndTheLengthTyped() {
        var form = new Form("あいうえおかき", 4, null, null, "x");
        assertThat(message(Locale.JAPANESE, form, "name")).isEqualTo("氏名は 5 文字以内で入力してください（いま 7 文字）。");
        assertThat(message(Locale.ENGLISH, form, "name")).isEqualTo("Name must be at most 5 characters (now 7).");
    }

    @Test
    void aNumberOutOfRangeSaysTheLimitAndTheValue() {
        var form = new Form("山田", 13, null, null, "x");
        assertThat(message(Locale.JAPANESE, form, "month")).isEqualTo("年度の開始月には 12 以下の数を入力してください（いま 13）。");
    }

    @Test
    void aBadAddressOrCodeSaysWhatIsAllowed() {
        var form = new Form("山田", 4, "taro@", "課{0}'", "x");
        assertThat(message(Locale.JAPANESE, form, "email")).contains("メールアドレス「taro@」").contains("例えば");
        assertThat(message(Locale.JAPANESE, form, "code"))
                .isEqualTo("組織コードには半角の英数字、ハイフン（-）、下線（_）だけを使えます（いま「課{0}'」）。");
    }

    @Test
    void aFieldWithoutALabelIsNamedByItsName() {
        var form = new Form("山田", 4, null, null, "");
        assertThat(message(Locale.JAPANESE, form, "unlabelled")).isEqualTo("unlabelledを入力してください（必須）。");
        assertThat(validator.validate(valid())).isEmpty();
    }
}
