package io.github.ins4j.fhir;

import io.github.ins4j.disclosure.DisclosedIdentity;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.ExchangeFormat;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.RecordedEvent;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.StringType;

/**
 * Writes an identity as an FR Core Patient, always through {@link Disclosure#decide} (DIS-6): what
 * the decision withholds is never written, and the writer has no other way to the matricule.
 *
 * <h2>What is written, by decision</h2>
 * <ul>
 *   <li><b>INS and traits</b> (a qualified identity on a care document, DIS-1, DIS-4): profile
 *       {@link FrCore#PATIENT_INS_PROFILE}; the INS identifier — {@code system} {@code urn:oid:}
 *       + OID, {@code value} the 15 characters, {@code type} {@code INS-NIR} / {@code INS-NIA} /
 *       {@code INS-NIR-TEST} / {@code INS-NIR-DEMO} in {@link FrCore#IDENTIFIER_TYPE_SYSTEM},
 *       {@code use} {@code official}, or {@code temp} for an INS-NIA — then each earlier identifier
 *       (MAT-6) with {@code use} {@code old} and its validity as {@code period}; and the five
 *       traits. ins4j ties the INS to {@code QUAL}, following the RNIV, where older FR Core
 *       versions tie it to {@code VALI}.</li>
 *   <li><b>Traits only</b> (an identity that is not qualified, DIS-2): profile
 *       {@link FrCore#PATIENT_PROFILE}, no identifier, the five traits.</li>
 *   <li><b>Billing, mandatory and complementary insurers</b> (DIS-3): traits only, as above,
 *       whatever the status; a billing document may carry the NSS, which is not an INS (DIS-5),
 *       and is the caller's to add.</li>
 *   <li><b>Nothing identifying</b> (research): refused with {@code NOTHING_IDENTIFYING}, rather than
 *       an empty Patient that a caller might fill in by hand. <b>[decision]</b></li>
 * </ul>
 *
 * <h2>The traits and the identity reliability</h2>
 * <ul>
 *   <li>Official name: {@code family} = birth name; {@code given} = the first birth first name only,
 *       and extension {@link FrCore#BIRTH_LIST_GIVEN_NAME_EXTENSION} = the whole list (TRT-2).</li>
 *   <li>{@code gender} {@code male} / {@code female}; {@code birthDate} with its known parts only
 *       when uncertain ({@code 1960}, {@code 1960-07}: TRT-3); extension
 *       {@link FrCore#BIRTH_PLACE_EXTENSION} whose {@code Address} holds the INSEE code in extension
 *       {@link FrCore#ADDRESS_INSEE_CODE_EXTENSION} (TRT-4).</li>
 *   <li>Extension {@link FrCore#IDENTITY_RELIABILITY_EXTENSION}: the date of the last INSi call,
 *       the status ({@code PROV} / {@code RECUP} / {@code VALI} / {@code QUAL}), the attributes as
 *       comments ({@code DOUT} / {@code FICT} / {@code HOMA}), and, while the identity holds the
 *       "checked" fact (QUA-4), the document that gave it and its date: the last high-trust or
 *       exception-case document check, or {@code AV} for a carte Vitale application read (QUA-11).
 *       Dates are taken in Europe/Paris.</li>
 * </ul>
 * The caller adds what ins4j does not know: the resource id, local identifiers (IPP), the used
 * name, addresses, telecom.
 *
 * <pre>{@code
 * Patient patient = InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.SHARED_RECORD));
 * String json = fhirContext.newJsonParser().encodeResourceToString(patient);
 * InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.BILLING));   // traits only (DIS-3)
 * }</pre>
 */
public final class InsPatientWriter {

    private InsPatientWriter() {
    }

    /**
     * Writes the Patient that the decision allows: an FR Core Patient INS with the INS identifier,
     * its earlier identifiers and the five traits when the decision carries the INS, an FR Core
     * Patient with the traits otherwise; the identity reliability extension in both cases.
     *
     * @param decision the disclosure decision for the document ({@link Disclosure#decide})
     * @return a new Patient
     * @throws ExchangeException with {@code NOTHING_IDENTIFYING} when nothing identifying may be
     *     written (research)
     * @throws NullPointerException if {@code decision} is {@code null}
     */
    public static Patient write(DisclosureDecision decision) {
        Objects.requireNonNull(decision, "decision must not be null");
        Patient patient = new Patient();
        Traits traits;
        if (decision.identity() instanceof DisclosedIdentity.WithIns withIns) {
            patient.getMeta().addProfile(FrCore.PATIENT_INS_PROFILE);
            patient.addIdentifier(identifier(withIns.identifier(), activeUse(withIns.identifier().oid())));
            withIns.history().forEach(earlier -> patient.addIdentifier(earlier(earlier)));
            traits = withIns.traits();
        } else if (decision.identity() instanceof DisclosedIdentity.TraitsOnly only) {
            patient.getMeta().addProfile(FrCore.PATIENT_PROFILE);
            traits = only.traits();
        } else {
            throw new ExchangeException(ExchangeFormat.FHIR, ExchangeException.Reason.NOTHING_IDENTIFYING, "a '"
                    + decision.purpose().code() + "' document may carry nothing identifying ("
                    + decision.reason() + "): there is no Patient to write");
        }
        patient.addExtension(reliability(decision));
        writeTraits(patient, traits);
        return patient;
    }

    /**
     * The {@code use} of an active INS identifier in the FR Core Patient INS profile.
     *
     * @param oid the authority of the matricule
     * @return {@code temp} for an INS-NIA, {@code official} for an INS-NIR (test and demo included)
     */
    static IdentifierUse activeUse(InsOid oid) {
        return oid.isNia() ? IdentifierUse.TEMP : IdentifierUse.OFFICIAL;
    }

    private static Identifier identifier(InsIdentifier ins, IdentifierUse use) {
        Identifier identifier = new Identifier();
        identifier.setUse(use);
        identifier.setType(new CodeableConcept(
                new Coding(FrCore.IDENTIFIER_TYPE_SYSTEM, ins.oid().typeCode(), null)));
        identifier.setSystem(ins.oid().urn());
        identifier.setValue(ins.matricule().value());
        return identifier;
    }

    private static Identifier earlier(EarlierIdentifier earlier) {
        Identifier identifier = identifier(earlier.identifier(), IdentifierUse.OLD);
        if (earlier.validFrom().isPresent() || earlier.validTo().isPresent()) {
            Period period = new Period();
            earlier.validFrom().ifPresent(d -> period.setStartElement(new DateTimeType(d.toString())));
            earlier.validTo().ifPresent(d -> period.setEndElement(new DateTimeType(d.toString())));
            identifier.setPeriod(period);
        }
        return identifier;
    }

    private static Extension reliability(DisclosureDecision decision) {
        Extension reliability = new Extension(FrCore.IDENTITY_RELIABILITY_EXTENSION);
        decision.lastInsiCall().ifPresent(at -> reliability.addExtension(FrCore.INSI_CALL_DATE, date(at)));
        reliability.addExtension(FrCore.IDENTITY_STATUS,
                new Coding(FrCore.IDENTITY_STATUS_SYSTEM, decision.status().code(), null));
        for (IdentityAttribute attribute : decision.attributes()) {
            reliability.addExtension(FrCore.COMMENT, new CodeableConcept(
                    new Coding(FrCore.IDENTITY_STATUS_COMMENT_SYSTEM, attribute.code(), null)));
        }
        decision.validation().ifPresent(check -> {
            reliability.addExtension(FrCore.VALIDATION_DATE, date(check.at()));
            reliability.addExtension(FrCore.VALIDATION_MODE,
                    new Coding(FrCore.VALIDATION_MODE_SYSTEM, check.document().code(), null));
        });
        return reliability;
    }

    private static DateType date(Instant at) {
        return new DateType(LocalDate.ofInstant(at, BirthDate.FRANCE).toString());
    }

    private static void writeTraits(Patient patient, Traits traits) {
        HumanName name = patient.addName();
        name.setUse(HumanName.NameUse.OFFICIAL);
        name.setFamily(traits.birthName().value());
        name.addGiven(traits.firstNames().first());
        name.addExtension(FrCore.BIRTH_LIST_GIVEN_NAME_EXTENSION, new StringType(traits.firstNames().value()));
        patient.setGender(traits.sex() == Sex.M ? AdministrativeGender.MALE : AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new DateType(FhirBirthDate.format(traits.birthDate())));
        Address place = new Address();
        place.addExtension(FrCore.ADDRESS_INSEE_CODE_EXTENSION,
                new Coding(FrCore.INSEE_CODE_SYSTEM, traits.birthPlace().value(), null));
        patient.addExtension(FrCore.BIRTH_PLACE_EXTENSION, place);
    }
}
