package io.github.ins4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.traits.InvalidTraitException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text constraints with a real Hibernate Validator, in English and French. */
class TextConstraintsTest {

    record PatientForm(@ValidInsMatricule String matricule, @ValidInsOid String oid,
            @ValidBirthName String birthName, @ValidBirthFirstNames String firstNames,
            @ValidBirthPlaceCode String birthPlaceCode) {
    }

    record Matricule(@ValidInsMatricule String value) {
    }

    @Example
    void a_valid_form_has_no_violation_and_null_is_valid() {
        assertThat(Validators.messages(Validators.ENGLISH, new PatientForm("1 84 06 75 056 144 35",
                "1.2.250.1.213.1.4.8", "MARTIN--DURAND", "JEAN-PIERRE MARIE", "2A004"))).isEmpty();
        assertThat(Validators.messages(Validators.ENGLISH, new PatientForm(null, null, null, null, null)))
                .isEmpty();
    }

    @Example
    void each_reason_has_its_message_in_english_and_french_without_the_value() {
        PatientForm form = new PatientForm("184067505614436", "1.2.250.1.213.1.4.13", "Garcia",
                "JEAN  PIERRE", "2C004");
        assertThat(Validators.messages(Validators.ENGLISH, form)).containsExactly(
                "birthName: holds a character the INS form does not allow (only upper-case A-Z, space,"
                        + " apostrophe and hyphen for names; digits for codes)",
                "birthPlaceCode: holds a character the INS form does not allow (only upper-case A-Z,"
                        + " space, apostrophe and hyphen for names; digits for codes)",
                "firstNames: has a space, apostrophe or hyphen out of place",
                "matricule: is not a valid INS matricule: the key (last two digits) does not match the"
                        + " first 13 characters",
                "oid: is the OID of the billing social-security number (NSS), not of an INS");
        assertThat(Validators.messages(Validators.FRENCH, form)).contains(
                "matricule: n'est pas un matricule INS valide : la clé (deux derniers chiffres) ne"
                        + " correspond pas aux 13 premiers caractères",
                "oid: est l'OID du numéro de sécurité sociale de facturation (NSS), pas d'un INS",
                "firstNames: contient une espace, une apostrophe ou un tiret mal placé");
        assertThat(String.join(" ", Validators.messages(Validators.FRENCH, form)))
                .doesNotContain("1840675056144").doesNotContain("Garcia");
    }

    @Property(tries = 500)
    void MAT_3_the_constraint_agrees_with_isValid_on_any_text(@ForAll("texts") String text) {
        List<String> messages = Validators.messages(Validators.ENGLISH, new Matricule(text));
        assertThat(messages.isEmpty()).isEqualTo(InsMatricule.isValid(text));
        if (!messages.isEmpty()) {
            String reason = reasonOf(text);
            assertThat(messages).singleElement().asString()
                    .isEqualTo("value: " + bundle("ValidationMessages.properties").getProperty("ins4j.matricule." + reason));
            if (text.length() >= 13) {
                assertThat(messages.get(0)).doesNotContain(text.substring(0, 13));
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789AB .").ofMinLength(13).ofMaxLength(17),
                Arbitraries.of("184067505614435", "289042A00412088", "1 84 06 75 056 144 35", "", "  ",
                        "184067505614436", "584067505614435", "184137505614435", "١84067505614435"),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().numeric().ofLength(10_000));
    }

    private static String reasonOf(String text) {
        try {
            InsMatricule.parse(text);
            return null;
        } catch (InvalidMatriculeException e) {
            return e.reason().name();
        }
    }

    @Example
    void every_reason_of_ins_core_has_a_message_in_both_languages() throws IOException {
        for (String file : new String[] {"ValidationMessages.properties", "ValidationMessages_fr.properties",
                "ContributorValidationMessages.properties", "ContributorValidationMessages_fr.properties"}) {
            Properties messages = bundle(file);
            for (InvalidMatriculeException.Reason r : InvalidMatriculeException.Reason.values()) {
                assertThat(messages).containsKey("ins4j.matricule." + r);
            }
            for (InvalidOidException.Reason r : InvalidOidException.Reason.values()) {
                assertThat(messages).containsKey("ins4j.oid." + r);
            }
            for (InvalidTraitException.Reason r : InvalidTraitException.Reason.values()) {
                assertThat(messages).containsKey("ins4j.trait." + r);
            }
            assertThat(messages.keySet()).as(file).hasSameSizeAs(bundle("ValidationMessages_fr.properties").keySet());
        }
    }

    /** Reads the main bundle of ins-validation (not the application's one of the test resources). */
    static Properties bundle(String file) {
        Properties properties = new Properties();
        try (InputStream in = TextConstraintsTest.class.getResourceAsStream("/../classes/" + file)) {
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                return properties;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("target/classes", file))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
