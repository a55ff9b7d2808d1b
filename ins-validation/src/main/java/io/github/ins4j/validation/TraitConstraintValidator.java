package io.github.ins4j.validation;

import io.github.ins4j.traits.InvalidTraitException;
import java.lang.annotation.Annotation;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A text constraint checked by a strict trait factory of ins-core; the reason of its
 * {@link InvalidTraitException} picks the message ({@code {ins4j.trait.BAD_SEPARATOR}}, …).
 *
 * @param <A> the constraint annotation
 */
abstract class TraitConstraintValidator<A extends Annotation> extends TextConstraintValidator<A> {

    private final Consumer<CharSequence> strictFactory;

    TraitConstraintValidator(Consumer<CharSequence> strictFactory) {
        this.strictFactory = strictFactory;
    }

    @Override
    final @Nullable String violationKey(CharSequence value) {
        try {
            strictFactory.accept(value);
            return null;
        } catch (InvalidTraitException e) {
            return "ins4j.trait." + e.reason();
        }
    }
}
