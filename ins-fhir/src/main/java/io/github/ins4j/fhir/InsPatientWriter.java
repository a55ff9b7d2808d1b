package io.github.ins4j.fhir;

import io.github.ins4j.disclosure.DisclosedIdentity;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.fhir.WrittenPatient.LeftOut;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * <h2>Which FR Core version (INT-1, INT-3)</h2>
 * {@link #write(DisclosureDecision)} writes FR Core 2.2.0, the latest published version, the one
 * receivers validate against ({@link FrCoreVersion#defaultVersion()}, spec decision 5);
 * {@link #write(DisclosureDecision, FrCoreVersion)} writes the version chosen, e.g. the continuous
 * build for a receiver that asked for it. The version goes into the Patient ({@code meta.profile}
 * {@code …/fr-core-patient-ins|2.2.0}; the continuous build has no fixed version and its profile is
 * not versioned) and into the {@link WrittenPatient} returned. A fact of ins4j that the version
 * cannot express is written the way that version allows, or left out and listed in
 * {@link WrittenPatient#leftOut()}: never an invalid resource. The Patients written for 2.2.0 are
 * checked with the HAPI FHIR validator loaded with the FR Core 2.2.0 package, in the
 * {@code ins-conformance} module.
 *
 * <h2>What is written, by decision</h2>
 * <ul>
 *   <li><b>INS and traits</b> (a qualified identity on a care document, DIS-1, DIS-4): profile
 *       {@link FrCore#PATIENT_INS_PROFILE}; the INS identifier — {@code system} {@code urn:oid:}
 *       + OID, {@code value} the 15 characters, {@code type} {@code INS-NIR} / {@code INS-NIA} /
 *       {@code INS-NIR-TEST} / {@code INS-NIR-DEMO} in {@link FrCore#IDENTIFIER_TYPE_SYSTEM},
 *       {@code use} {@code official} (INS-NIA included: FR Core allows {@code official} and
 *       {@code old} only) — then each earlier identifier (MAT-6) with {@code use} {@code old} and its
 *       validity as {@code period}; and the five traits.</li>
 *   <li><b>Traits only</b> (an identity that is not qualified, DIS-2): profile
 *       {@link FrCore#PATIENT_PROFILE}, no identifier, the five traits.</li>
 *   <li><b>Billing, mandatory and complementary insurers</b> (DIS-3): traits only, as above,
 *       whatever the status; a billing document may carry the NSS, which is not an INS (DIS-5),
 *       and is the caller's to add.</li>
 *   <li><b>Nothing identifying</b> (research): refused with {@code NOTHING_IDENTIFYING}, rather than
 *       an empty Patient that a caller might fill in by hand. <b>[decision]</b></li>
 * </ul>
 *
 * <h2>The traits</h2>
 * Official name: {@code family} = birth name; {@code given} = the first birth first name only, and
 * extension {@link FrCore#BIRTH_LIST_GIVEN_NAME_EXTENSION} = the whole list (TRT-2).
 * {@code gender} {@code male} / {@code female}; {@code birthDate} with its known parts only when
 * uncertain ({@code 1960}, {@code 1960-07}: TRT-3); extension {@link FrCore#BIRTH_PLACE_EXTENSION}
 * whose {@code Address} holds the INSEE code in extension {@link FrCore#ADDRESS_INSEE_CODE_EXTENSION}
 * (TRT-4).
 *
 * <h2>The identity reliability ({@link FrCore#IDENTITY_RELIABILITY_EXTENSION})</h2>
 * Dates are taken in Europe/Paris.
 * <table>
 *   <caption>Each fact, by FR Core version</caption>
 *   <tr><th>fact</th><th>FR Core 2.2.0</th><th>continuous build</th></tr>
 *   <tr><td>provisional</td><td>{@code identityStatus} {@code PROV} ({@link FrCore#V2_0445_SYSTEM})</td>
 *       <td>{@code PROV} ({@link FrCore#IDENTITY_STATUS_SYSTEM})</td></tr>
 *   <tr><td>retrieved</td><td>{@code PROV} + {@code methodCollection} {@code INSI}:
 *       {@code RETRIEVED_STATUS} left out</td><td>{@code RECUP}</td></tr>
 *   <tr><td>validated</td><td>{@code VALI} (a Patient, without INS identifier)</td><td>{@code VALI}</td></tr>
 *   <tr><td>qualified</td><td>{@code VALI} + the INS identifier; on a document without the INS
 *       (DIS-3), {@code VALI}: {@code QUALIFIED_STATUS} left out</td><td>{@code QUAL}</td></tr>
 *   <tr><td>doubtful, fictitious, homonym</td><td>one more extension each, {@code identityStatus}
 *       {@code DOUT} / {@code FICT} / {@code HOMA}</td>
 *       <td>{@code comment} {@code DOUT} / {@code FICT} / {@code HOMA}</td></tr>
 *   <tr><td>document checked (QUA-4, QUA-11)</td><td>{@code validationDate}, and
 *       {@code validationMode} when the profile's binding has the document: {@code PA}, {@code CN}
 *       (national or electronic identity card), {@code LE} (parents' family record book) in both
 *       profiles, and in a Patient also {@code CS}, {@code IE} (digital identity), {@code AC} (birth
 *       certificate + carte Vitale), {@code DC} (foreign minor's travel document); otherwise (carte
 *       Vitale application, family record book + carte Vitale, and in a Patient INS {@code CS},
 *       {@code IE}, {@code AC}, {@code DC}) {@code VALIDATION_MODE} left out</td>
 *       <td>{@code validationDate}, {@code validationMode} with the ins4j code</td></tr>
 *   <tr><td>last INSi call</td><td>{@code methodCollection} {@code INSI} + {@code dateCollection},
 *       while the identity holds an INSi retrieval (retrieved, qualified); otherwise
 *       {@code INSI_CALL_DATE} left out</td><td>{@code dateInterrogationINSi}</td></tr>
 * </table>
 * The caller adds what ins4j does not know: the resource id, local identifiers (IPP), the used
 * name, addresses, telecom.
 *
 * <pre>{@code
 * WrittenPatient written = InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.SHARED_RECORD));
 * String json = fhirContext.newJsonParser().encodeResourceToString(written.patient());
 * written.leftOut();                                                        // e.g. [] or [VALIDATION_MODE]
 * InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.BILLING));   // traits only (DIS-3)
 * InsPatientWriter.write(decision, FrCoreVersion.CONTINUOUS_BUILD);        // QUAL, RECUP, comment…
 * }</pre>
 */
public final class InsPatientWriter {

    /** The validation modes of FR Core 2.2.0's Patient INS binding (fr-core-vs-mode-validation-identity-ins). */
    private static final Set<String> PATIENT_INS_VALIDATION_MODES = Set.of("PA", "CN", "AN", "LE");

    private InsPatientWriter() {
    }

    /**
     * Writes the Patient that the decision allows, for FR Core 2.2.0 (the default version): an FR
     * Core Patient INS with the INS identifier, its earlier identifiers and the five traits when the
     * decision carries the INS, an FR Core Patient with the traits otherwise; the identity reliability
     * extension in both cases.
     *
     * @param decision the disclosure decision for the document ({@link Disclosure#decide})
     * @return the Patient, its version and the facts left out
     * @throws InsPatientException with {@code NOTHING_IDENTIFYING} when nothing identifying may be
     *     written (research)
     * @throws NullPointerException if {@code decision} is {@code null}
     */
    public static WrittenPatient write(DisclosureDecision decision) {
        return write(decision, FrCoreVersion.defaultVersion());
    }

    /**
     * Writes the Patient that the decision allows, for the FR Core version chosen (INT-1, INT-3).
     *
     * <pre>{@code
     * WrittenPatient next = InsPatientWriter.write(decision, FrCoreVersion.CONTINUOUS_BUILD);
     * }</pre>
     *
     * @param decision the disclosure decision for the document ({@link Disclosure#decide})
     * @param version  the FR Core version to write
     * @return the Patient, its version and the facts that version cannot express, left out
     * @throws InsPatientException with {@code NOTHING_IDENTIFYING} when nothing identifying may be
     *     written (research)
     * @throws NullPointerException if an argument is {@code null}
     */
    public static WrittenPatient write(DisclosureDecision decision, FrCoreVersion version) {
        Objects.requireNonNull(decision, "decision must not be null");
        Objects.requireNonNull(version, "version must not be null");
        Patient patient = new Patient();
        Traits traits;
        boolean withIns;
        if (decision.identity() instanceof DisclosedIdentity.WithIns ins) {
            patient.getMeta().addProfile(canonical(FrCore.PATIENT_INS_PROFILE, version));
            patient.addIdentifier(identifier(ins.identifier(), activeUse(ins.identifier().oid())));
            ins.history().forEach(earlier -> patient.addIdentifier(earlier(earlier)));
            traits = ins.traits();
            withIns = true;
        } else if (decision.identity() instanceof DisclosedIdentity.TraitsOnly only) {
            patient.getMeta().addProfile(canonical(FrCore.PATIENT_PROFILE, version));
            traits = only.traits();
            withIns = false;
        } else {
            throw new InsPatientException(InsPatientException.Reason.NOTHING_IDENTIFYING, "a '"
                    + decision.purpose().code() + "' document may carry nothing identifying ("
                    + decision.reason() + "): there is no Patient to write");
        }
        Set<LeftOut> leftOut = EnumSet.noneOf(LeftOut.class);
        if (version == FrCoreVersion.V2_2_0) {
            reliability220(patient, decision, withIns, leftOut);
        } else {
            patient.addExtension(reliabilityContinuousBuild(decision));
        }
        writeTraits(patient, traits);
        return WrittenPatient.of(patient, version, leftOut);
    }

    /**
     * The {@code use} of an active INS identifier in the FR Core Patient INS profile: {@code official}
     * for every INS OID, INS-NIA included (FR Core 2.2.0 and its continuous build allow
     * {@code official} and {@code old} only; {@code old} is for earlier identifiers).
     *
     * @param oid the authority of the matricule
     * @return {@code official}
     */
    static IdentifierUse activeUse(InsOid oid) {
        Objects.requireNonNull(oid, "oid must not be null");
        return IdentifierUse.OFFICIAL;
    }

    private static String canonical(String url, FrCoreVersion version) {
        return version.canonicalVersion().map(v -> url + "|" + v).orElse(url);
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

    // ------------------------------------------------------------------------------------------
    // FR Core 2.2.0

    private static void reliability220(Patient patient, DisclosureDecision decision, boolean withIns,
            Set<LeftOut> leftOut) {
        Extension reliability = new Extension(FrCore.IDENTITY_RELIABILITY_EXTENSION);
        IdentityStatus status = decision.status();
        String code = switch (status) {
            case PROVISIONAL -> "PROV";
            case RETRIEVED -> {
                leftOut.add(LeftOut.RETRIEVED_STATUS);
                yield "PROV";
            }
            case VALIDATED -> "VALI";
            case QUALIFIED -> {
                if (!withIns) {
                    leftOut.add(LeftOut.QUALIFIED_STATUS);
                }
                yield "VALI";
            }
        };
        reliability.addExtension(FrCore.IDENTITY_STATUS, new Coding(FrCore.V2_0445_SYSTEM, code, null));
        decision.validation().ifPresent(check -> {
            reliability.addExtension(FrCore.VALIDATION_DATE, date(check.at()));
            Optional<String> mode = validationMode220(check.document(), withIns);
            if (mode.isPresent()) {
                reliability.addExtension(FrCore.VALIDATION_MODE,
                        new Coding(FrCore.VALIDATION_MODE_SYSTEM, mode.get(), null));
            } else {
                leftOut.add(LeftOut.VALIDATION_MODE);
            }
        });
        decision.lastInsiCall().ifPresent(at -> {
            if (status == IdentityStatus.RETRIEVED || status == IdentityStatus.QUALIFIED) {
                reliability.addExtension(FrCore.METHOD_COLLECTION,
                        new Coding(FrCore.METHOD_COLLECTION_SYSTEM, "INSI", null));
                reliability.addExtension(FrCore.DATE_COLLECTION, date(at));
            } else {
                leftOut.add(LeftOut.INSI_CALL_DATE);
            }
        });
        patient.addExtension(reliability);
        for (IdentityAttribute attribute : decision.attributes()) {
            Extension extension = new Extension(FrCore.IDENTITY_RELIABILITY_EXTENSION);
            extension.addExtension(FrCore.IDENTITY_STATUS,
                    new Coding(FrCore.V2_0445_SYSTEM, attribute.code(), null));
            patient.addExtension(extension);
        }
    }

    /**
     * The FR Core 2.2.0 code of an identity document, if that version has one for the profile
     * written: {@code fr-core-vs-mode-validation-identity-ins} ({@code PA CN AN LE}) in a Patient
     * INS, the whole {@code fr-core-cs-mode-validation-identity} in a Patient. ins4j's {@code CC}
     * (travel document for foreign minors) is 2.2.0's {@code DC}; 2.2.0's {@code CC} is another
     * document (carnet de circulation).
     */
    static Optional<String> validationMode220(IdentityDocument document, boolean patientIns) {
        Optional<String> code = switch (document) {
            case PASSPORT -> Optional.of("PA");
            case NATIONAL_ID_CARD, ELECTRONIC_ID_CARD -> Optional.of("CN");
            case RESIDENCE_PERMIT -> Optional.of("CS");
            case DIGITAL_IDENTITY -> Optional.of("IE");
            case BIRTH_CERTIFICATE_WITH_VITALE -> Optional.of("AC");
            case PARENTS_FAMILY_RECORD_BOOK -> Optional.of("LE");
            case FOREIGN_MINOR_TRAVEL_DOCUMENT -> Optional.of("DC");
            case BIRTH_CERTIFICATE_EXTRACT -> Optional.of("AN");
            case CARTE_VITALE_APP, FAMILY_RECORD_BOOK_WITH_VITALE -> Optional.empty();
        };
        return patientIns ? code.filter(PATIENT_INS_VALIDATION_MODES::contains) : code;
    }

    // ------------------------------------------------------------------------------------------
    // Continuous build

    private static Extension reliabilityContinuousBuild(DisclosureDecision decision) {
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

    // ------------------------------------------------------------------------------------------
    // Both

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
