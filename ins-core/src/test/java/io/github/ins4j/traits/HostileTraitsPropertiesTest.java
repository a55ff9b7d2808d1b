package io.github.ins4j.traits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ins4j.traits.InvalidTraitException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Hostile input to the traits: names without letters, clocks at the ends of time, null. */
class HostileTraitsPropertiesTest {

    @Property
    void TRT_1_a_name_without_a_letter_is_refused(@ForAll("separatorsOnly") String text) {
        for (Trait trait : new Trait[] {Trait.BIRTH_NAME, Trait.BIRTH_FIRST_NAMES}) {
            Throwable strict = catchThrowable(() -> parse(trait, text, false));
            Throwable typed = catchThrowable(() -> parse(trait, text, true));
            assertThat(strict).isInstanceOf(InvalidTraitException.class);
            assertThat(typed).isInstanceOf(InvalidTraitException.class);
            // Strict: a typographic apostrophe or dash is a bad character; the ASCII ones out of place.
            boolean ascii = text.chars().allMatch(c -> c < 0x80);
            if (ascii) {
                assertThat(((InvalidTraitException) strict).reason()).isEqualTo(Reason.BAD_SEPARATOR);
            } else {
                assertThat(((InvalidTraitException) strict).reason())
                        .isIn(Reason.BAD_SEPARATOR, Reason.INVALID_CHARACTER);
            }
            // Typed: normalised (TRT-5), then blank or separators only.
            assertThat(((InvalidTraitException) typed).reason()).isIn(Reason.BAD_SEPARATOR, Reason.EMPTY);
            Statistics.label("strict reason").collect(((InvalidTraitException) strict).reason());
        }
    }

    private static Object parse(Trait trait, String text, boolean typed) {
        if (trait == Trait.BIRTH_NAME) {
            return typed ? BirthName.parseTyped(text) : BirthName.parse(text);
        }
        return typed ? BirthFirstNames.parseTyped(text) : BirthFirstNames.parse(text);
    }

    @Provide
    Arbitrary<String> separatorsOnly() {
        return Arbitraries.oneOf(Arbitraries.of("'", "-", " ", "''", "'-'", "--", "' '"),
                Arbitraries.strings().withChars(' ', '\'', '-', '\u2019', '\u2013').ofMinLength(1).ofMaxLength(12));
    }

    @Example
    void TRT_1_a_lone_apostrophe_is_not_a_birth_name() {
        assertThatThrownBy(() -> BirthName.parse("'")).isInstanceOfSatisfying(InvalidTraitException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SEPARATOR));
        assertThat(BirthName.parse("D'ARTAGNAN").value()).isEqualTo("D'ARTAGNAN");
    }

    @Property
    void TRT_3_a_clock_at_any_instant_gives_a_clear_answer(
            @ForAll("instants") Instant now, @ForAll("zones") ZoneId zone, @ForAll("dates") String date) {
        Clock clock = Clock.fixed(now, zone);
        Throwable strict = catchThrowable(() -> BirthDate.parse(date, clock));
        Throwable typed = catchThrowable(() -> BirthDate.parseTyped(date, clock));
        for (Throwable t : new Throwable[] {strict, typed}) {
            if (t != null) {
                assertThat(t).isInstanceOf(InvalidTraitException.class);
            }
        }
        Statistics.label("outcome").collect(strict == null ? "accepted"
                : ((InvalidTraitException) strict).reason().name());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.oneOf(
                Arbitraries.of(Instant.MAX, Instant.MIN, Instant.EPOCH, Instant.parse("2026-11-26T09:00:00Z"),
                        Instant.parse("+999999999-12-31T23:59:59Z"), Instant.parse("-999999999-01-01T00:00:00Z")),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                        .map(Instant::ofEpochSecond));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneOffset.UTC, ZoneOffset.MAX, ZoneOffset.MIN, BirthDate.FRANCE,
                ZoneId.of("Pacific/Kiritimati"));
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.of("1985-02-28", "1960-00-00", "2026-11-26", "9999-12-31", "1800-01-01",
                "31/12/9999", "00/00/1960", "1799-12-31", "2026-11-27");
    }

    @Example
    void TRT_2_consistency_with_null_is_the_documented_NPE() {
        BirthFirstNames names = BirthFirstNames.parse("JEAN CHRISTOPHE");
        assertThatThrownBy(() -> names.isConsistentWith(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("firstName must not be null");
    }
}
