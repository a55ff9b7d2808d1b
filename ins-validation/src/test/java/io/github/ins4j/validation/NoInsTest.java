package io.github.ins4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** DIS-3: {@link NoIns} finds an INS hidden anywhere in a billing document. */
class NoInsTest {

    record Line(String label, String comment, List<String> notes) {
    }

    /** A plain class with private fields, as many DTOs are. */
    static final class Insurer {
        private final String name;
        private final String reference;

        Insurer(String name, String reference) {
            this.name = name;
            this.reference = reference;
        }
    }

    @NoIns
    record Invoice(String number, @BillingNss String nss, String patientName, List<Line> lines,
            Map<String, String> extras, Insurer insurer, String[] tags) {
    }

    /** The places where a text can hide in an {@link Invoice}, with their violation path. */
    static final String[] SLOTS = {
        "number", "patientName", "lines[0].label", "lines[1].comment", "lines[1].notes[2]", "extras[memo]",
        "insurer.reference", "insurer.name", "tags[1]",
    };

    static Invoice invoiceWith(int slot, String hidden, String filler) {
        String[] v = new String[SLOTS.length];
        java.util.Arrays.fill(v, filler);
        v[slot] = hidden;
        List<Line> lines = List.of(new Line(v[2], "ok", List.of()),
                new Line("x", v[3], new ArrayList<>(List.of("a", "b", v[4]))));
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("memo", v[5]);
        return new Invoice(v[0], "184067505614435", v[1], lines, extras, new Insurer(v[7], v[6]),
                new String[] {"t", v[8]});
    }

    @Property(tries = 300)
    void DIS_3_a_matricule_hidden_anywhere_in_a_billing_document_is_reported_where_it_is(
            @ForAll("matricules") String matricule, @ForAll @IntRange(min = 0, max = 8) int slot,
            @ForAll("fillers") String filler) {
        Invoice invoice = invoiceWith(slot, matricule, filler);
        List<String> messages = Validators.messages(Validators.ENGLISH, invoice);
        assertThat(messages).containsExactly(SLOTS[slot]
                + ": holds an INS matricule, which a billing or insurer document must never carry");
        assertThat(String.join(" ", messages)).doesNotContain(matricule.replace(" ", "").substring(0, 13));
    }

    @Property(tries = 200)
    void DIS_3_a_document_without_ins_is_valid_even_with_the_billing_nss(
            @ForAll @IntRange(min = 0, max = 8) int slot, @ForAll("fillers") String filler) {
        assertThat(Validators.messages(Validators.ENGLISH, invoiceWith(slot, filler, filler))).isEmpty();
    }

    @Property(tries = 300)
    void DIS_3_a_matricule_inside_free_text_is_reported(
            @ForAll("matricules") String matricule, @ForAll @IntRange(min = 0, max = 8) int slot,
            @ForAll("words") String before, @ForAll("words") String after) {
        Invoice invoice = invoiceWith(slot, before + " " + matricule + " " + after, "x");
        assertThat(Validators.messages(Validators.ENGLISH, invoice)).singleElement().asString()
                .startsWith(SLOTS[slot] + ": holds an INS matricule");
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcxyz:,-").ofMaxLength(10);
    }

    @Example
    void longer_numbers_are_not_cut_into_windows() {
        assertThat(NoInsValidator.containsMatricule("IBAN FR76 3000 6000 0112 3456 7890 189")).isFalse();
        assertThat(NoInsValidator.containsMatricule("n° 1184067505614435")).isFalse();
        assertThat(NoInsValidator.containsMatricule("NIR: 1 84 06 75 056 144 35.")).isTrue();
        assertThat(NoInsValidator.containsMatricule("(184067505614435)")).isTrue();
    }

    @Provide
    Arbitrary<String> matricules() {
        Arbitrary<String> body = Combinators.combine(Arbitraries.of("1", "2"),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 12),
                Arbitraries.of("75", "2A", "2B", "13", "99"), Arbitraries.integers().between(0, 999_999))
                .as((s, y, m, d, rest) -> s + String.format("%02d%02d", y, m) + d + String.format("%06d", rest));
        return Combinators.combine(body, Arbitraries.of(true, false)).as((b, display) -> {
            long n = Long.parseLong(b.replace("2A", "19").replace("2B", "18"));
            String m = b + String.format("%02d", 97 - n % 97);
            return display ? InsMatricule.parse(m).format(io.github.ins4j.matricule.MatriculeFormat.DISPLAY) : m;
        });
    }

    @Provide
    Arbitrary<String> fillers() {
        // Fewer than 13 significant characters: cannot hold a matricule, whatever the code says.
        return Arbitraries.strings().withChars("0123456789 ABCDEFGH.").ofMaxLength(20)
                .filter(s -> s.replaceAll("[ .]", "").length() < 13);
    }

    @NoIns
    record Claim(String oid, InsIdentifier ins) {
    }

    @Example
    void DIS_3_ins_oids_and_ins_types_are_reported_too() {
        Claim claim = new Claim("urn:oid:1.2.250.1.213.1.4.8",
                InsIdentifier.parse("184067505614435", "1.2.250.1.213.1.4.8"));
        assertThat(Validators.messages(Validators.FRENCH, claim)).containsExactly(
                "ins: contient un INS, qu'un document de facturation ou destiné à un organisme d'assurance"
                        + " ne doit jamais porter",
                "oid: contient l'OID d'une autorité d'affectation de l'INS, qu'un document de facturation"
                        + " ou destiné à un organisme d'assurance ne doit jamais porter");
        assertThat(Validators.messages(Validators.ENGLISH, new Claim("1.2.250.1.213.1.4.13", null))).isEmpty();
    }

    @NoIns
    record Extras(Map<String, String> byKey, java.util.Optional<String> note) {
    }

    @Example
    void DIS_3_map_keys_and_optionals_are_inspected_too() {
        assertThat(Validators.messages(Validators.ENGLISH,
                new Extras(Map.of("184067505614435", "x"), java.util.Optional.empty())))
                .containsExactly("byKey<K>: holds an INS matricule, which a billing or insurer document must"
                        + " never carry");
        assertThat(Validators.messages(Validators.ENGLISH,
                new Extras(Map.of(), java.util.Optional.of("NIR 2 89 04 2A 004 120 88"))))
                .containsExactly("note: holds an INS matricule, which a billing or insurer document must"
                        + " never carry");
    }

    @Example
    void hyphens_slashes_and_unicode_spaces_join_the_groups_of_a_matricule_too() {
        assertThat(NoInsValidator.containsMatricule("x 1\u00A084\u00A006\u00A075\u00A0056\u00A0144\u00A035 y"))
                .isTrue();
        assertThat(NoInsValidator.containsMatricule("x 1.84.06.75.056.144.35 y")).isTrue();
        assertThat(NoInsValidator.containsMatricule("x 1-84-06-75-056-144-35 y")).isTrue();
        assertThat(NoInsValidator.containsMatricule("x 1/84/06/75/056/144/35 y")).isTrue();
        assertThat(NoInsValidator.containsMatricule("x 1\u200984\u200B06 75 056 144 35 y")).isTrue();
        assertThat(NoInsValidator.containsMatricule("1 84 06 75 056 144 36")).isFalse();
    }

    /** A linked chain of nodes, deeper than the validator walks. */
    @NoIns
    record Node(String text, Node next) {
    }

    @Example
    void a_graph_deeper_than_32_levels_is_reported_not_walked_without_end() {
        Node deep = new Node("end", null);
        for (int i = 0; i < 40; i++) {
            deep = new Node("n" + i, deep);
        }
        assertThat(Validators.messages(Validators.ENGLISH, deep)).singleElement().asString()
                .contains("is nested too deeply to be inspected for an INS");
        Node shallow = new Node("a", new Node("184067505614435", null));
        assertThat(Validators.messages(Validators.ENGLISH, shallow)).containsExactly(
                "next.text: holds an INS matricule, which a billing or insurer document must never carry");
    }

    @NoIns
    static final class Cyclic {
        Cyclic self = this;
        String text = "nothing";
    }

    @Example
    void cycles_and_null_are_handled() {
        assertThat(Validators.messages(Validators.ENGLISH, new Cyclic())).isEmpty();
        assertThat(new NoInsValidator().isValid(null, null)).isTrue();
    }
}
