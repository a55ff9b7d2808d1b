package io.github.ins4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.InvalidTraitException;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.TraitNormalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;

/** Fuzz targets of the five traits (TRT-1 … TRT-5, TRT-8): strict and typed factories. */
class TraitsFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    /** A refusal's message, or null when the text is accepted. */
    private static String refusal(Function<String, ?> factory, String text) {
        try {
            factory.apply(text);
            return null;
        } catch (InvalidTraitException e) {
            return Invariants.withoutCodePoints(e.getMessage());
        }
    }

    /** Names: strict and typed, round trip, idempotent normalisation, nothing of the name shown. */
    private static <T> void name(String text, Function<String, T> strict, Function<String, T> typed,
            Function<T, String> value) {
        T parsed = Invariants.orRefused(() -> strict.apply(text), InvalidTraitException.class);
        T fromTyped = Invariants.orRefused(() -> typed.apply(text), InvalidTraitException.class);
        // Differential: letters moved 13 places give the same outcome, message and mask (TRT-1 looks
        // only at the kind of a character), so no message nor mask shows a letter of the name.
        String rotated = Invariants.rot13(text);
        assertThat(refusal(strict, rotated)).isEqualTo(refusal(strict, text));
        assertThat(refusal(typed, rotated)).isEqualTo(refusal(typed, text));
        if (parsed != null) {
            String v = value.apply(parsed);
            assertThat(strict.apply(v)).isEqualTo(parsed);                 // parse(value) == x
            assertThat(typed.apply(v)).isEqualTo(parsed);                  // a strict form is typed as is
            assertThat(parsed.toString()).isEqualTo(strict.apply(rotated).toString());
        }
        if (fromTyped != null) {
            assertThat(strict.apply(value.apply(fromTyped))).isEqualTo(fromTyped);
            Invariants.noNameOf(text, fromTyped.toString());
        }
        String normalized = TraitNormalizer.normalize(text);
        assertThat(TraitNormalizer.normalize(normalized)).isEqualTo(normalized);   // TRT-5 idempotent
    }

    @FuzzTest
    void birthName(byte[] data) {
        name(Input.of(data).text(), BirthName::parse, BirthName::parseTyped, BirthName::value);
    }

    @FuzzTest
    void firstNames(byte[] data) {
        Input input = Input.of(data);
        name(input.field(0), BirthFirstNames::parse, BirthFirstNames::parseTyped, BirthFirstNames::value);
        BirthFirstNames list = Invariants.orRefused(() -> BirthFirstNames.parseTyped(input.field(0)),
                InvalidTraitException.class);
        if (list != null) {
            // TRT-2: any text is consistent or not, without an exception; the list's own start is.
            list.isConsistentWith(input.field(1));
            assertThat(list.isConsistentWith(list.first())).isTrue();
            assertThat(list.isConsistentWith(list.value())).isTrue();
        }
    }

    @FuzzTest
    void birthDate(byte[] data) {
        Input input = Input.of(data);
        String text = input.field(0);
        // The clock too comes from outside: any instant, Instant.MIN to Instant.MAX.
        Clock clock = input.mode() == 0 ? CLOCK : Clock.fixed(instant(input.field(1)), ZoneOffset.ofHours(input.mode() % 19 - 9));
        BirthDate strict = Invariants.orRefused(() -> BirthDate.parse(text, clock), InvalidTraitException.class);
        BirthDate typed = Invariants.orRefused(() -> BirthDate.parseTyped(text, clock), InvalidTraitException.class);
        for (String message : new String[] {refusal(t -> BirthDate.parse(t, clock), text),
                refusal(t -> BirthDate.parseTyped(t, clock), text)}) {
            if (message != null) {
                Invariants.noDateOf(text, message);
            }
        }
        if (strict != null) {
            assertThat(BirthDate.parse(strict.value(), clock)).isEqualTo(strict);
            assertThat(strict.toString()).doesNotContain(strict.value());
            assertThat(typed).isEqualTo(strict);
        }
        if (typed != null) {
            assertThat(BirthDate.parse(typed.value(), clock)).isEqualTo(typed);
            Invariants.noDateOf(typed.value(), typed.toString());
        }
    }

    private static Instant instant(String text) {
        long seconds = 0;
        for (int i = 0; i < text.length(); i++) {
            seconds = seconds * 31 + text.charAt(i);
        }
        return Instant.ofEpochSecond(Math.floorMod(seconds, Instant.MAX.getEpochSecond() - Instant.MIN.getEpochSecond())
                + Instant.MIN.getEpochSecond());
    }

    @FuzzTest
    void sex(byte[] data) {
        String text = Input.of(data).text();
        Sex strict = Invariants.orRefused(() -> Sex.parse(text), InvalidTraitException.class);
        Sex typed = Invariants.orRefused(() -> Sex.parseTyped(text), InvalidTraitException.class);
        if (strict != null) {
            assertThat(Sex.parse(strict.code())).isEqualTo(strict);
            assertThat(typed).isEqualTo(strict);
        }
        if (typed != null) {
            assertThat(Sex.parse(typed.code())).isEqualTo(typed);
        }
        try {
            Sex.fromSexDigit(text.length() > 0 ? text.charAt(0) - '0' : -1);
        } catch (InvalidTraitException refused) {
            Invariants.noMatricule(refused.getMessage());
        }
    }

    @FuzzTest
    void birthPlace(byte[] data) {
        String text = Input.of(data).text();
        BirthPlaceCode strict = Invariants.orRefused(() -> BirthPlaceCode.parse(text), InvalidTraitException.class);
        BirthPlaceCode typed = Invariants.orRefused(() -> BirthPlaceCode.parseTyped(text), InvalidTraitException.class);
        if (strict != null) {
            assertThat(BirthPlaceCode.parse(strict.value())).isEqualTo(strict);
            assertThat(typed).isEqualTo(strict);
        }
        if (typed != null) {
            assertThat(BirthPlaceCode.parse(typed.value())).isEqualTo(typed);
        }
    }
}
