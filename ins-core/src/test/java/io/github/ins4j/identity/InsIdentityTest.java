package io.github.ins4j.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.identity.CoherenceReport.Field;
import io.github.ins4j.identity.CoherenceReport.Severity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.traits.Traits;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples of the INS identity, MAT-6 history and TRT-7 coherence. */
class InsIdentityTest {

    private static final InsIdentifier GARCIA_INS =
            InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10");
    private static final Traits GARCIA =
            Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");

    @Test
    void MAT_6_keeps_earlier_identifiers_but_never_the_active_one() {
        InsIdentifier nia = InsIdentifier.of(InsMatricule.of("1090763220888", "35"), InsOid.NIA);
        EarlierIdentifier earlier = new EarlierIdentifier(nia, Optional.of(LocalDate.of(2019, 1, 1)),
                Optional.of(LocalDate.of(2021, 6, 30)));
        InsIdentity identity = new InsIdentity(GARCIA_INS, GARCIA, List.of(earlier));
        assertThat(identity.history()).containsExactly(earlier);
        assertThat(earlier.toString()).isEqualTo(
                "EarlierIdentifier[InsIdentifier[1 09 ** ** *** *** 35, INS-NIA], from 2019-01-01 to 2021-06-30]");
        assertThatThrownBy(() -> new InsIdentity(GARCIA_INS, GARCIA, List.of(EarlierIdentifier.of(GARCIA_INS))))
                .isInstanceOfSatisfying(InvalidIdentityException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidIdentityException.Reason.ACTIVE_IN_HISTORY))
                .hasMessageContaining("MAT-6").hasMessageNotContaining("289046912312018");
    }

    @Test
    void MAT_6_an_earlier_identifier_cannot_end_before_it_starts() {
        InsIdentifier nia = InsIdentifier.of(InsMatricule.of("1090763220888", "35"), InsOid.NIA);
        assertThatThrownBy(() -> new EarlierIdentifier(nia, Optional.of(LocalDate.of(2021, 6, 30)),
                Optional.of(LocalDate.of(2019, 1, 1))))
                .isInstanceOfSatisfying(InvalidIdentityException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidIdentityException.Reason.VALIDITY_REVERSED))
                .hasMessageNotContaining("1090763220888");
        assertThat(new EarlierIdentifier(nia, Optional.of(LocalDate.of(2019, 1, 1)),
                Optional.of(LocalDate.of(2019, 1, 1))).validTo()).contains(LocalDate.of(2019, 1, 1));
    }

    @Test
    void the_identity_is_masked() {
        InsIdentity identity = InsIdentity.of(GARCIA_INS, GARCIA);
        assertThat(identity.toString())
                .contains("2 89 ** ** *** *** 18")
                .doesNotContain("GARCIA").doesNotContain("SARAH").doesNotContain("1989")
                .doesNotContain("69123").doesNotContain("2890469123120");
        assertThat(identity.coherence().isCoherent()).isTrue();
    }

    @Test
    void corsica_before_1976_is_a_warning_not_an_error() {
        // Born in Ajaccio in 1970: the NIR says 20, the place code at birth too; today's code is 2A004.
        String body = "1700520004123";
        InsMatricule nir = InsMatricule.parse(body + io.github.ins4j.matricule.Matricules.oracleKey(body));
        Traits atBirth = Traits.parse("CASANOVA", "ANGE", "1970-05-03", "M", "20004");
        Traits today = Traits.parse("CASANOVA", "ANGE", "1970-05-03", "M", "2A004");
        assertThat(CoherenceReport.check(nir, atBirth).isCoherent()).isTrue();
        CoherenceReport report = CoherenceReport.check(nir, today);
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo(Field.BIRTH_PLACE);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void corsica_after_1976_and_born_in_algeria_before_1962() {
        InsMatricule ajaccio = InsMatricule.parse("289042A00412088");
        assertThat(CoherenceReport.check(ajaccio,
                Traits.parse("ROSSI", "MARIE", "1989-04-20", "F", "2A004")).isCoherent()).isTrue();
        // Algeria before 1962: department 91-94 in the NIR, a 99 country code as a place.
        String body = "1550491352123";
        InsMatricule algiers = InsMatricule.parse(body + io.github.ins4j.matricule.Matricules.oracleKey(body));
        CoherenceReport report = CoherenceReport.check(algiers,
                Traits.parse("BENALI", "AHMED", "1955-04-01", "M", "99352"));
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.disagreements()).singleElement()
                .satisfies(d -> assertThat(d.explanation()).contains("Algeria"));
    }

    @Test
    void a_sex_disagreement_is_an_error() {
        Traits male = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "M", "69123");
        CoherenceReport report = InsIdentity.of(GARCIA_INS, male).coherence();
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.disagreements()).extracting(CoherenceReport.Disagreement::field)
                .containsExactly(Field.SEX);
    }
}
