package io.github.ins4j.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/** Real Hibernate Validator instances, in English and in French. */
final class Validators {

    static final Validator ENGLISH = validator(Locale.ENGLISH);
    static final Validator FRENCH = validator(Locale.FRENCH);

    private Validators() {
    }

    private static Validator validator(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(locale)
                .locales(locale)
                .buildValidatorFactory().getValidator();
    }

    static <T> List<String> messages(Validator validator, T bean) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
    }
}
