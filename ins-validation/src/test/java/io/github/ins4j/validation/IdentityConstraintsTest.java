package io.github.ins4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.traits.Traits;
import jakarta.validation.Valid;
import org.junit.jupiter.api.Test;

/** {@link CoherentIdentity} on a DTO and on an {@link InsIdentity} (TRT-7 errors only). */
class IdentityConstraintsTest {

    @CoherentIdentity
    record PatientDto(@ValidInsMatricule String matricule, @ValidBirthName String birthName,
            @ValidBirthFirstNames String firstNames, String birthDate, String sex,
            @ValidBirthPlaceCode String birthPlaceCode) implements InsIdentityFields {
    }

    record Holder(@CoherentIdentity InsIdentity identity) {
    }

    @Test
    void TRT_7_a_coherent_dto_is_valid() {
        PatientDto dto = new PatientDto("289046912312018", "GARCIA", "SARAH-LOU", "1989-04-12", "F", "69123");
        assertThat(Validators.messages(Validators.ENGLISH, dto)).isEmpty();
    }

    @Test
    void TRT_7_sex_year_and_month_disagreements_are_reported_on_their_field() {
        PatientDto dto = new PatientDto("289046912312018", "GARCIA", "SARAH-LOU", "1990-05-12", "M", "69123");
        assertThat(Validators.messages(Validators.ENGLISH, dto)).containsExactly(
                "birthDate: does not match the birth month of the INS matricule",
                "birthDate: does not match the birth year of the INS matricule",
                "sex: does not match the sex digit of the INS matricule");
        assertThat(Validators.messages(Validators.FRENCH, dto))
                .contains("sex: ne correspond pas au chiffre du sexe du matricule INS");
    }

    @Test
    void TRT_7_a_birth_place_warning_is_not_a_violation_and_invalid_fields_are_left_to_their_constraint() {
        PatientDto otherPlace = new PatientDto("289046912312018", "GARCIA", "SARAH-LOU", "1989-04-12", "F", "2A004");
        assertThat(Validators.messages(Validators.ENGLISH, otherPlace)).isEmpty();
        PatientDto badKey = new PatientDto("289046912312019", "GARCIA", "SARAH-LOU", "1990-05-12", "M", "69123");
        assertThat(Validators.messages(Validators.ENGLISH, badKey)).singleElement().asString().startsWith("matricule:");
        PatientDto nulls = new PatientDto(null, null, null, null, null, null);
        assertThat(Validators.messages(Validators.ENGLISH, nulls)).isEmpty();
    }

    @Test
    void TRT_7_on_an_ins_identity() {
        InsIdentifier ins = InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10");
        Holder coherent = new Holder(InsIdentity.of(ins,
                Traits.parse("GARCIA", "SARAH-LOU", "1989-04-12", "F", "69123")));
        Holder male = new Holder(InsIdentity.of(ins,
                Traits.parse("GARCIA", "SARAH-LOU", "1989-04-12", "M", "69123")));
        assertThat(Validators.messages(Validators.ENGLISH, coherent)).isEmpty();
        assertThat(Validators.messages(Validators.ENGLISH, male))
                .containsExactly("identity: does not match the sex digit of the INS matricule");
        assertThat(Validators.messages(Validators.ENGLISH, new Holder(null))).isEmpty();
    }
}
