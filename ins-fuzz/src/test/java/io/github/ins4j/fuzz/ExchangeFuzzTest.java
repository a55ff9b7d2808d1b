package io.github.ins4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ins4j.cda.RecordTargetReader;
import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.fhir.InsPatientReader;
import io.github.ins4j.hl7v2.PidFields;
import io.github.ins4j.hl7v2.PidReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hl7.fhir.r4.model.Patient;

/**
 * Fuzz targets of the three document readers (CDA recordTarget, HL7 v2 PID, FHIR Patient): whatever
 * the document, a reader returns a {@link ClaimedIdentity} or refuses with an
 * {@link ExchangeException}; nothing else is thrown, no message nor {@code toString()} holds a
 * matricule, and an INS is kept only with its five strict traits (DIS-4).
 */
class ExchangeFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

    /** A CDA document or recordTarget fragment, read with DTDs refused and bounded size and depth. */
    @FuzzTest
    void cda(byte[] data) {
        String xml = Input.of(data).text();
        check(Invariants.orRefused(() -> RecordTargetReader.read(xml), ExchangeException.class));
    }

    /** An HL7 v2 PID segment or whole message, with its own encoding characters. */
    @FuzzTest
    void hl7v2(byte[] data) {
        String text = Input.of(data).text();
        PidFields fields = Invariants.orRefused(() -> PidFields.parse(text), ExchangeException.class);
        if (fields != null) {
            check(Invariants.orRefused(() -> PidReader.read(fields), ExchangeException.class));
        }
    }

    /** A FHIR Patient in JSON: what HAPI parses, the reader reads or refuses. */
    @FuzzTest
    void fhir(byte[] data) {
        String json = Input.of(data).text();
        Patient patient;
        try {
            patient = JSON.parseResource(Patient.class, json);
        } catch (RuntimeException notFhir) {
            // HAPI's own refusal of what is not a Patient (DataFormatException, and the occasional
            // StringIndexOutOfBoundsException of its JSON parser, found by this target): not the
            // reader's input. The reader gets only what HAPI parsed.
            return;
        }
        check(Invariants.orRefused(() -> InsPatientReader.read(patient, CLOCK), ExchangeException.class));
    }

    private static void check(ClaimedIdentity read) {
        if (read == null) {
            return;
        }
        assertThat(read.localTraits()).isNotNull();
        read.insIdentity().ifPresent(ins -> assertThat(read.traits()).contains(ins.traits()));   // DIS-4
        read.refusals().forEach(refusal -> Invariants.noMatricule(refusal.toString()));
    }
}
