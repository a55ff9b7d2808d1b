package io.github.ins4j.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.audit.internal.FrenchPhonetic;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.TraitNormalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The graded levels and the Fellegi–Sunter classes. */
class PairScorerTest {

    private static final PairScorer SCORER = PairScorer.of(AuditPolicy.defaults());

    static AuditRecord rec(String id, String name, String first, String date, String sex, String place) {
        LocalTraits.Builder b = LocalTraits.builder().birthName(name).firstNames(first).birthDate(date).sex(sex);
        if (!place.isEmpty()) {
            b.birthPlace(place);
        }
        return AuditRecord.builder(id, IdentityStatus.PROVISIONAL, b.build()).build();
    }

    @Test
    void an_exact_duplicate_is_a_match_with_every_level_exact() {
        PairScore s = SCORER.score(rec("A", "DUPONT", "JEAN PIERRE", "12/03/1985", "M", "75056"),
                rec("B", "Dupont", "Jean Pierre", "1985-03-12", "m", "75056"));
        assertThat(s.pairClass()).isEqualTo(PairClass.MATCH);
        assertThat(s.score()).isEqualTo(25.0);
        assertThat(s.agreements().values()).containsOnly(Agreement.EXACT);
        assertThat(s.matchReport()).isPresent();
    }

    @Test
    void JEAN_and_JEANNE_of_opposite_sexes_are_two_persons() {
        PairScore s = SCORER.score(rec("A", "DUPONT", "JEAN", "12/03/1985", "M", "75056"),
                rec("B", "DUPONT", "JEANNE", "12/03/1985", "F", "75056"));
        assertThat(s.agreement(ScoredField.FIRST_NAMES_AND_SEX)).isEqualTo(Agreement.OPPOSITE_SEX_FORM);
        assertThat(s.pairClass()).isNotEqualTo(PairClass.MATCH);
    }

    @Test
    void a_sex_typo_on_the_same_first_names_stays_a_match() {
        PairScore s = SCORER.score(rec("A", "DUPONT", "JEAN", "12/03/1985", "M", "75056"),
                rec("B", "DUPONT", "JEAN", "12/03/1985", "F", "75056"));
        assertThat(s.agreement(ScoredField.FIRST_NAMES_AND_SEX)).isEqualTo(Agreement.SEX_TYPO);
        assertThat(s.pairClass()).isEqualTo(PairClass.MATCH);
    }

    @Test
    void date_edit_classes() {
        AuditRecord a = rec("A", "DUPONT", "JEAN", "12/03/1985", "M", "75056");
        assertThat(SCORER.score(a, rec("B", "DUPONT", "JEAN", "03/12/1985", "M", "75056"))
                .agreement(ScoredField.BIRTH_DATE)).isEqualTo(Agreement.SWAP);
        assertThat(SCORER.score(a, rec("B", "DUPONT", "JEAN", "13/03/1985", "M", "75056"))
                .agreement(ScoredField.BIRTH_DATE)).isEqualTo(Agreement.ONE_DIGIT);
        assertThat(SCORER.score(a, rec("B", "DUPONT", "JEAN", "12/03/1986", "M", "75056"))
                .agreement(ScoredField.BIRTH_DATE)).isEqualTo(Agreement.ONE_DIGIT);
        assertThat(SCORER.score(a, rec("B", "DUPONT", "JEAN", "12/03/1979", "M", "75056"))
                .agreement(ScoredField.BIRTH_DATE)).isEqualTo(Agreement.DIFFERENT);
        assertThat(SCORER.score(a, rec("B", "DUPONT", "JEAN", "12/03/1995", "M", "75056"))
                .agreement(ScoredField.BIRTH_DATE)).isEqualTo(Agreement.ONE_DIGIT);
        assertThat(SCORER.score(rec("A", "DUPONT", "JEAN", "12/03/1980", "M", "75056"),
                rec("B", "DUPONT", "JEAN", "12/03/1979", "M", "75056"))
                .agreement(ScoredField.BIRTH_DATE)).isEqualTo(Agreement.YEAR_PLUS_MINUS_ONE);
        assertThat(SCORER.score(a, rec("B", "DUPONT", "JEAN", "01/01/1985", "M", "75056"))
                .agreement(ScoredField.BIRTH_DATE)).isEqualTo(Agreement.SAME_YEAR);
        assertThat(SCORER.score(a, rec("B", "DUPONT", "JEAN", "00/00/1985", "M", "75056"))
                .agreement(ScoredField.BIRTH_DATE)).isEqualTo(Agreement.PARTIAL);
    }

    @Test
    void name_levels() {
        AuditRecord a = rec("A", "MARTIN--DURAND", "JEAN", "12/03/1985", "M", "75056");
        assertThat(SCORER.score(a, rec("B", "MARTIN", "JEAN", "12/03/1985", "M", "75056"))
                .agreement(ScoredField.BIRTH_NAME)).isEqualTo(Agreement.PARTIAL);
        assertThat(SCORER.score(rec("A", "LEFEBVRE", "JEAN", "12/03/1985", "M", ""),
                rec("B", "LEFEVRE", "JEAN", "12/03/1985", "M", "")).agreement(ScoredField.BIRTH_NAME))
                .isEqualTo(Agreement.CLOSE);
        assertThat(SCORER.score(rec("A", "PHILIPPOT", "JEAN", "12/03/1985", "M", ""),
                rec("B", "FILIPAU", "JEAN", "12/03/1985", "M", "")).agreement(ScoredField.BIRTH_NAME))
                .isEqualTo(Agreement.PHONETIC);
        assertThat(SCORER.score(rec("A", "GARCIA", "SARAH", "12/03/1985", "F", ""),
                rec("B", "HAMADI", "SARAH", "12/03/1985", "F", "")).agreement(ScoredField.BIRTH_NAME))
                .isEqualTo(Agreement.DIFFERENT);
    }

    @Test
    void first_name_list_truncated_or_reordered_is_partial_and_place_classes() {
        AuditRecord a = rec("A", "DUPONT", "MARIE CLAIRE ANNE", "12/03/1985", "F", "2A004");
        assertThat(SCORER.score(a, rec("B", "DUPONT", "MARIE", "12/03/1985", "F", "2B033"))
                .agreements()).containsEntry(ScoredField.FIRST_NAMES_AND_SEX, Agreement.PARTIAL)
                .containsEntry(ScoredField.BIRTH_PLACE, Agreement.SAME_AREA);
        assertThat(SCORER.score(a, rec("B", "DUPONT", "CLAIRE MARIE ANNE", "12/03/1985", "F", "99350"))
                .agreements()).containsEntry(ScoredField.FIRST_NAMES_AND_SEX, Agreement.PARTIAL)
                .containsEntry(ScoredField.BIRTH_PLACE, Agreement.DIFFERENT);
        assertThat(SCORER.score(a, rec("B", "DUPONT", "MARIE", "12/03/1985", "F", ""))
                .agreement(ScoredField.BIRTH_PLACE)).isEqualTo(Agreement.MISSING);
    }

    @Test
    void twins_with_other_first_names_are_not_a_match() {
        PairScore s = SCORER.score(rec("A", "DUPONT", "LUCAS", "12/03/2015", "M", "75056"),
                rec("B", "DUPONT", "EMMA", "12/03/2015", "F", "75056"));
        assertThat(s.pairClass()).isNotEqualTo(PairClass.MATCH);
        assertThat(s.toString()).doesNotContain("DUPONT", "LUCAS", "EMMA", "2015", "75056");
    }

    @Test
    void the_term_frequency_adjustment_weighs_rare_names_more_and_is_off_by_default() {
        java.util.List<AuditRecord> base = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            base.add(rec("M" + i, "MARTIN", "PAUL", String.format("%02d/03/19%02d", 1 + i % 28, 40 + i), "M", ""));
        }
        base.add(rec("R1", "QUARTERMAINE", "PAUL", "12/03/1985", "M", ""));
        base.add(rec("R2", "QUARTERMAINE", "PAUL", "12/03/1985", "M", ""));
        base.add(rec("C1", "MARTIN", "PAUL", "12/03/1985", "M", ""));
        AuditPolicy tf = AuditPolicy.builder().termFrequencyAdjustment(true).build();
        assertThat(AuditPolicy.defaults().termFrequencyAdjustment()).isFalse();
        AuditReport report = IdentityAudit.of(tf).run(base);
        double rare = report.findings().stream().filter(f -> f.localIds().equals(java.util.List.of("R1", "R2")))
                .findFirst().orElseThrow().pairScore().orElseThrow().weights().get(ScoredField.BIRTH_NAME);
        double common = report.findings().stream().filter(f -> f.localIds().contains("C1"))
                .mapToDouble(f -> f.pairScore().orElseThrow().weights().get(ScoredField.BIRTH_NAME)).max().orElseThrow();
        assertThat(rare).isGreaterThan(7.0).isLessThanOrEqualTo(9.0);
        assertThat(common).isLessThan(7.0).isGreaterThanOrEqualTo(5.0);
        double plain = IdentityAudit.of(AuditPolicy.defaults()).run(base).findings().stream()
                .filter(f -> f.localIds().equals(java.util.List.of("R1", "R2"))).findFirst().orElseThrow()
                .pairScore().orElseThrow().weights().get(ScoredField.BIRTH_NAME);
        assertThat(plain).isEqualTo(7.0);
        // the index gives the same adjustment as the batch
        AuditIndex index = AuditIndex.build(tf, base.subList(0, base.size() - 1));
        double atDesk = index.lookup(base.get(base.size() - 1)).stream()
                .mapToDouble(f -> f.pairScore().orElseThrow().weights().get(ScoredField.BIRTH_NAME)).max().orElseThrow();
        assertThat(atDesk).isEqualTo(common);
    }

    @Test
    void french_phonetic_keys_fold_spellings_of_one_sound() {
        assertThat(FrenchPhonetic.key("JEAN")).isEqualTo(FrenchPhonetic.key("JEANNE"));
        assertThat(FrenchPhonetic.key("DANIEL")).isEqualTo(FrenchPhonetic.key("DANIELLE"));
        assertThat(FrenchPhonetic.key("FREDERIC")).isEqualTo(FrenchPhonetic.key("FRÉDÉRIQUE"));
        assertThat(FrenchPhonetic.key("PHILIPPOT")).isEqualTo(FrenchPhonetic.key("FILIPAU"));
        assertThat(FrenchPhonetic.key("THOMAS")).isEqualTo(FrenchPhonetic.key("TOMAS"));
        assertThat(FrenchPhonetic.key("GAUTHIER")).isEqualTo(FrenchPhonetic.key("GAUTIER"));
        assertThat(FrenchPhonetic.key("MARTIN")).isNotEqualTo(FrenchPhonetic.key("MARTINEZ").substring(0, 4) + "X");
        assertThat(FrenchPhonetic.key("DUPONT")).isNotEqualTo(FrenchPhonetic.key("DURAND"));
        assertThat(FrenchPhonetic.key("--''")).isEmpty();
    }

    @Property
    void AUD_the_length_and_letter_bound_never_changes_the_close_level(
            @ForAll @StringLength(max = 12) @net.jqwik.api.constraints.CharRange(from = 'A', to = 'F') String a,
            @ForAll @StringLength(max = 12) @net.jqwik.api.constraints.CharRange(from = 'A', to = 'F') String b) {
        for (double t : new double[] {0.5, 0.8, 0.93, 1.0}) {
            assertThat(io.github.ins4j.audit.internal.Distance.jaroWinklerAtLeast(a, b, t))
                    .isEqualTo(io.github.ins4j.audit.internal.Distance.jaroWinkler(a, b) >= t);
        }
    }

    @Property
    void AUD_jaro_winkler_agrees_with_the_textbook_definition(
            @ForAll @StringLength(max = 70) @net.jqwik.api.constraints.CharRange(from = 'A', to = 'E') String a,
            @ForAll @StringLength(max = 70) @net.jqwik.api.constraints.CharRange(from = 'A', to = 'E') String b) {
        assertThat(io.github.ins4j.audit.internal.Distance.jaroWinkler(a, b))
                .isCloseTo(textbookJaroWinkler(a, b), org.assertj.core.data.Offset.offset(1e-12));
    }

    /** Jaro–Winkler as usually written (match window, transpositions, prefix of at most 4, scale 0.1). */
    static double textbookJaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] ma = new boolean[a.length()];
        boolean[] mb = new boolean[b.length()];
        int m = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j <= Math.min(b.length() - 1, i + window); j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    m++;
                    break;
                }
            }
        }
        if (m == 0) {
            return 0.0;
        }
        StringBuilder sa = new StringBuilder();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length(); i++) {
            if (ma[i]) {
                sa.append(a.charAt(i));
            }
        }
        for (int j = 0; j < b.length(); j++) {
            if (mb[j]) {
                sb.append(b.charAt(j));
            }
        }
        int t = 0;
        for (int i = 0; i < m; i++) {
            if (sa.charAt(i) != sb.charAt(i)) {
                t++;
            }
        }
        double jaro = ((double) m / a.length() + (double) m / b.length() + (m - t / 2.0) / m) / 3.0;
        int l = 0;
        while (l < 4 && l < a.length() && l < b.length() && a.charAt(l) == b.charAt(l)) {
            l++;
        }
        return jaro + l * 0.1 * (1 - jaro);
    }

    @Property
    void TRT_5_the_phonetic_key_ignores_case_accents_and_separators(
            @ForAll @AlphaChars @StringLength(min = 1, max = 30) String name) {
        String normalized = TraitNormalizer.normalize(name);
        assertThat(FrenchPhonetic.key(name)).isEqualTo(FrenchPhonetic.key(normalized))
                .isEqualTo(FrenchPhonetic.key(normalized.toLowerCase(java.util.Locale.ROOT)));
        assertThat(FrenchPhonetic.key(name).length()).isLessThanOrEqualTo(10);
        assertThat(FrenchPhonetic.key(name)).matches("[A-Z]*");
    }
}
