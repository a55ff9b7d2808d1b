package io.github.ins4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.validation.BillingNss;
import io.github.ins4j.validation.NoIns;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;

/**
 * {@code @NoIns} (DIS-3) over objects generated from the fuzzer's text: the verdict is the same
 * whatever shape holds the text, it is the detector's verdict for a String, the billing NSS is never
 * reported, and no violation shows the value.
 */
class NoInsFuzzTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @NoIns
    record Holder(Object value, @BillingNss Object nss) {
    }

    @NoIns
    record Nested(String label, List<Holder> lines) {
    }

    private static final List<Function<String, Object>> SHAPES = List.of(
            t -> t, StringBuilder::new, String::toCharArray, t -> t.getBytes(StandardCharsets.UTF_8),
            Optional::of, AtomicReference::new, List::of, t -> Map.of("memo", t),
            t -> new Nested("x", List.of(new Holder(t, t))),
            t -> t.chars().mapToObj(c -> (char) c).toArray(Character[]::new));

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static boolean reported(Object value, String text) {
        Set<ConstraintViolation<Holder>> violations = VALIDATOR.validate(new Holder(value, text));
        for (ConstraintViolation<Holder> v : violations) {
            Invariants.noMatricule(v.getMessage());
            Invariants.noMatricule(v.getPropertyPath().toString());
            assertThat(v.getPropertyPath().toString()).startsWith("value");    // never the NSS
        }
        return !violations.isEmpty();
    }

    @FuzzTest
    void noIns(byte[] data) {
        Input input = Input.of(data);
        String text = input.text();
        boolean expected = InsMatricule.containsMatricule(text) || isInsOid(text);
        assertThat(reported(text, text)).isEqualTo(expected);
        Function<String, Object> shape = SHAPES.get(input.mode() % SHAPES.size());
        // Same verdict in every shape (a UTF-8 decoding of the bytes, a map entry, nested records...).
        assertThat(reported(shape.apply(text), text)).as("shape %s", input.mode() % SHAPES.size())
                .isEqualTo(expected);
        if (!text.isEmpty() && text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long number = Long.parseLong(text);
            assertThat(reported(number, text)).isEqualTo(InsMatricule.containsMatricule(String.valueOf(number)));
        }
    }

    private static boolean isInsOid(String text) {
        try {
            InsOid.parse(text);
            return text.length() <= 40;
        } catch (InvalidOidException notAnOid) {
            return false;
        }
    }
}
