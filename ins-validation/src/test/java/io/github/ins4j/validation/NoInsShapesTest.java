package io.github.ins4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.matricule.InsMatricule;
import java.lang.ref.SoftReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * DIS-3 over every shape a field can carry: a matricule held as text in any disguise, as
 * {@code char[]}, bytes, a number, digits one per element, or behind a reference wrapper, is
 * reported; ordinary values are not.
 */
class NoInsShapesTest {

    @NoIns
    record Holder(Object value, @BillingNss Object nss) {
    }

    /** A shape: its name and how it holds a matricule given in compact form. */
    record Shape(String name, Function<String, Object> hold) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Shape> SHAPES = List.of(
            new Shape("String", m -> m),
            new Shape("StringBuilder", StringBuilder::new),
            new Shape("char[]", String::toCharArray),
            new Shape("byte[] ASCII", m -> m.getBytes(StandardCharsets.US_ASCII)),
            new Shape("byte[] UTF-16", m -> m.getBytes(StandardCharsets.UTF_16LE)),
            new Shape("byte[] UTF-8 full-width", m -> fullWidth(m).getBytes(StandardCharsets.UTF_8)),
            new Shape("Long", m -> digitsOnly(m) ? (Object) Long.valueOf(m) : m),
            new Shape("BigInteger", m -> digitsOnly(m) ? (Object) new BigInteger(m) : m),
            new Shape("BigDecimal", m -> digitsOnly(m) ? (Object) new BigDecimal(m.substring(0, 13) + "." + m.substring(13)) : m),
            new Shape("double", m -> digitsOnly(m) ? (Object) Double.valueOf(m) : m),
            new Shape("AtomicLong", m -> digitsOnly(m) ? (Object) new AtomicLong(Long.parseLong(m)) : m),
            new Shape("OptionalLong", m -> digitsOnly(m) ? (Object) OptionalLong.of(Long.parseLong(m)) : m),
            new Shape("long[]", m -> digitsOnly(m) ? (Object) new long[] {Long.parseLong(m)} : m),
            new Shape("int[] digits", m -> digitsOnly(m) ? (Object) m.chars().map(c -> c - '0').toArray() : m),
            new Shape("List<Integer> digits", m -> digitsOnly(m) ? (Object) digitList(m) : m),
            new Shape("Character[]", m -> m.chars().mapToObj(c -> (char) c).toArray(Character[]::new)),
            new Shape("AtomicReference", AtomicReference::new),
            new Shape("Optional", Optional::of),
            new Shape("SoftReference", SoftReference::new),
            new Shape("Optional<AtomicReference<char[]>>", m -> Optional.of(new AtomicReference<>(m.toCharArray()))),
            new Shape("URI", m -> URI.create("mailto:" + m + "@patient.mssante.fr")),
            new Shape("hyphens", m -> InsMatricule.parse(m).format(io.github.ins4j.matricule.MatriculeFormat.DISPLAY).replace(' ', '-')),
            new Shape("slashes", m -> InsMatricule.parse(m).format(io.github.ins4j.matricule.MatriculeFormat.DISPLAY).replace(' ', '/')),
            new Shape("thin spaces", m -> InsMatricule.parse(m).format(io.github.ins4j.matricule.MatriculeFormat.DISPLAY).replace(' ', '\u2009')),
            new Shape("zero-width spaces", m -> String.join("\u200B", m.split(""))),
            new Shape("full-width", NoInsShapesTest::fullWidth),
            new Shape("glued to letters", m -> "NIR" + m + "cle"));

    static boolean digitsOnly(String m) {
        return m.chars().allMatch(Character::isDigit);
    }

    static List<Integer> digitList(String m) {
        List<Integer> list = new ArrayList<>();
        m.chars().forEach(c -> list.add(c - '0'));
        return list;
    }

    static String fullWidth(String m) {
        StringBuilder b = new StringBuilder();
        m.chars().forEach(c -> b.append((char) (c >= '0' && c <= '9' ? 0xFF10 + c - '0' : c)));
        return b.toString();
    }

    @Property(tries = 500)
    void DIS_3_a_matricule_is_reported_in_every_shape_a_field_can_carry(@ForAll("held") Tuple.Tuple2<Shape, String> held) {
        Shape shape = held.get1();
        String matricule = held.get2();
        Statistics.label("shape").collect(shape.name());
        Holder holder = new Holder(shape.hold().apply(matricule), shape.hold().apply(matricule));
        List<String> messages = Validators.messages(Validators.ENGLISH, holder);
        assertThat(messages).as(shape.name()).containsExactly(
                "value: holds an INS matricule, which a billing or insurer document must never carry");
        assertThat(String.join(" ", messages)).doesNotContain(matricule.substring(0, 13));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Shape, String>> held() {
        return Combinators.combine(Arbitraries.of(SHAPES), matricules()).as(Tuple::of);
    }

    /** Valid compact matricules, Corsican ones included. */
    static Arbitrary<String> matricules() {
        Arbitrary<String> body = Combinators.combine(Arbitraries.of("1", "2", "7"),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 12),
                Arbitraries.of("75", "2A", "2B", "13", "99"), Arbitraries.integers().between(0, 999_999))
                .as((s, y, m, d, rest) -> s + String.format("%02d%02d", y, m) + d + String.format("%06d", rest));
        return body.map(b -> {
            long n = Long.parseLong(b.replace("2A", "19").replace("2B", "18"));
            return b + String.format("%02d", 97 - n % 97);
        });
    }

    @net.jqwik.api.Example
    void DIS_3_an_ins_oid_is_reported_in_every_text_shape_too() {
        // Found by the @NoIns fuzz target: an OID held as bytes was not reported.
        String oid = "urn:oid:1.2.250.1.213.1.4.8";
        for (Object shape : new Object[] {oid, oid.toCharArray(), oid.getBytes(StandardCharsets.UTF_8),
                new StringBuilder(oid), Optional.of(oid), new AtomicReference<>(oid)}) {
            assertThat(Validators.messages(Validators.ENGLISH, new Holder(shape, null))).singleElement()
                    .asString().startsWith("value: holds the OID of an INS authority");
        }
    }

    @net.jqwik.api.Example
    void DIS_3_a_long_character_sequence_is_read_as_text_whatever_its_length() {
        // Found by the @NoIns fuzz target: a Character[] of more than 256 elements was not read.
        String text = "x".repeat(300) + " NIR 1 84 06 75 056 144 35";
        Character[] chars = text.chars().mapToObj(c -> (char) c).toArray(Character[]::new);
        assertThat(Validators.messages(Validators.ENGLISH, new Holder(chars, null))).singleElement()
                .asString().startsWith("value: holds an INS matricule");
        assertThat(Validators.messages(Validators.ENGLISH, new Holder(List.of(chars), null))).singleElement()
                .asString().startsWith("value: holds an INS matricule");
    }

    @net.jqwik.api.Example
    void DIS_3_map_entries_reference_arrays_and_deep_wrappers_are_inspected() {
        String matricule = "184067505614435";
        String message = "value: holds an INS matricule, which a billing or insurer document must never carry";
        assertThat(Validators.messages(Validators.ENGLISH,
                new Holder(new java.util.AbstractMap.SimpleEntry<>("memo", matricule), null))).containsExactly(message);
        assertThat(Validators.messages(Validators.ENGLISH,
                new Holder(new java.util.AbstractMap.SimpleEntry<>(matricule, "memo"), null)))
                .containsExactly("value<K>: holds an INS matricule, which a billing or insurer document must never carry");
        assertThat(Validators.messages(Validators.ENGLISH, new Holder(
                new java.util.concurrent.atomic.AtomicReferenceArray<>(new Object[] {"a", matricule}), null)))
                .containsExactly("value[1]: holds an INS matricule, which a billing or insurer document must never carry");
        // Wrappers count in the depth: 40 nested ones are reported as too deep, 10 are walked.
        Object deep = "nothing";
        for (int i = 0; i < 40; i++) {
            deep = i % 2 == 0 ? Optional.of(deep) : new AtomicReference<>(deep);
        }
        assertThat(Validators.messages(Validators.ENGLISH, new Holder(deep, null))).singleElement().asString()
                .contains("is nested too deeply");
        Object shallow = matricule;
        for (int i = 0; i < 10; i++) {
            shallow = i % 2 == 0 ? Optional.of(shallow) : new SoftReference<>(shallow);
        }
        assertThat(Validators.messages(Validators.ENGLISH, new Holder(shallow, null))).containsExactly(message);
    }

    @Property(tries = 500)
    void DIS_3_ordinary_values_are_not_taken_for_a_matricule(@ForAll("ordinary") Object value) {
        Statistics.label("type").collect(value.getClass().getSimpleName());
        assertThat(Validators.messages(Validators.ENGLISH, new Holder(value, null))).isEmpty();
    }

    @Provide
    Arbitrary<Object> ordinary() {
        // Fewer than 15 significant characters can never hold a matricule: amounts, counts, dates,
        // short references, words.
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-99_999_999_999_999L, 99_999_999_999_999L).map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.doubles().between(-1e9, 1e9).ofScale(2).map(Object.class::cast),
                Arbitraries.strings().alpha().withChars(" '-,.").ofMaxLength(200).map(Object.class::cast),
                Arbitraries.strings().numeric().ofMaxLength(14).map(s -> (Object) s.toCharArray()),
                Arbitraries.strings().ascii().ofMaxLength(40)
                        .map(s -> (Object) s.replaceAll("[0-9]", "").getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(0, 9).list().ofMaxSize(14).map(Object.class::cast),
                Arbitraries.strings().alpha().ofMaxLength(20).map(s -> (Object) Optional.of(s)));
    }
}
