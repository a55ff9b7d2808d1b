package io.github.ins4j.fhir;

import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.InvalidTraitException;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * Reads an FR Core Patient — as {@link InsPatientWriter} writes it — back to the status, the traits
 * and, for a qualified identity, the INS identity, refusing what contradicts the FR Core Patient INS
 * profile or the disclosure rules with an {@link InsPatientException} and its reason.
 *
 * <h2>Checks, in this order</h2>
 * <ol>
 *   <li>Identity reliability: exactly one {@code identityStatus}, a code of
 *       {@link FrCore#IDENTITY_STATUS_SYSTEM} ({@code MISSING_STATUS}, {@code UNKNOWN_CODE}); the
 *       attributes DOUT / FICT / HOMA among the comments (other comment codes are ignored), coherent
 *       with each other and the status (QUA-1, QUA-2: {@code INCOHERENT_ATTRIBUTES}); the
 *       {@code validationMode}, if any, a code of {@link FrCore#VALIDATION_MODE_SYSTEM}.</li>
 *   <li>INS identifiers are those whose {@code type} is an INS code of
 *       {@link FrCore#IDENTIFIER_TYPE_SYSTEM}; an identifier with an INS OID but another type (the
 *       billing NSS shares the NIR OID, with type {@code NH}) is not an INS (DIS-5) and is left
 *       alone. Any INS identifier on a status other than {@code QUAL} is refused
 *       ({@code INS_NOT_QUALIFIED}, DIS-1; the RNIV, not the older FR Core {@code VALI}).</li>
 *   <li>Each INS identifier: {@code system} an INS OID through {@link InsOid#parse}
 *       ({@code UNKNOWN_OID}, MAT-5), the type code that OID's ({@code TYPE_MISMATCH}), a valid
 *       matricule, key checked ({@code INVALID_MATRICULE}, MAT-1); {@code use} {@code old} for an
 *       earlier one, otherwise the profile's ({@code INVALID_USE}); one active identifier at most
 *       ({@code SEVERAL_ACTIVE_INS}), present if earlier ones are ({@code MISSING_ACTIVE_INS}), not
 *       repeated among them ({@code DUPLICATE_INS}).</li>
 *   <li>The five traits, all required ({@code MISSING_TRAIT}) and in INSi's strict form
 *       ({@code INVALID_TRAIT}, TRT-1) — a Patient is not a place to normalise typed text: one
 *       official name, its {@code family}, its first {@code given} consistent with the start of the
 *       {@link FrCore#BIRTH_LIST_GIVEN_NAME_EXTENSION} list (TRT-2), {@code gender} male or female,
 *       {@code birthDate} (partial for an uncertain date, TRT-3), and the INSEE code of the
 *       {@link FrCore#BIRTH_PLACE_EXTENSION} (TRT-4).</li>
 * </ol>
 *
 * <pre>{@code
 * InsPatient read = InsPatientReader.read(patient);
 * read.status();                                     // QUALIFIED
 * read.insIdentity().map(InsIdentity::identifier);  // Optional[InsIdentifier[2 89 ** ** *** *** 18, INS-NIR-TEST]]
 * }</pre>
 */
public final class InsPatientReader {

    private InsPatientReader() {
    }

    /**
     * Reads a Patient; birth dates after today (in Europe/Paris) are refused.
     *
     * @param patient the Patient
     * @return what the Patient says about the identity
     * @throws InsPatientException  if the Patient contradicts the profile or the disclosure rules,
     *     with the reason
     * @throws NullPointerException if {@code patient} is {@code null}
     */
    public static InsPatient read(Patient patient) {
        return read(patient, Clock.system(BirthDate.FRANCE));
    }

    /**
     * Reads a Patient, with "today" read from the given clock.
     *
     * @param patient the Patient
     * @param clock   the clock that says what today is, for the birth date (TRT-3)
     * @return what the Patient says about the identity
     * @throws InsPatientException  if the Patient contradicts the profile or the disclosure rules,
     *     with the reason
     * @throws NullPointerException if an argument is {@code null}
     */
    public static InsPatient read(Patient patient, Clock clock) {
        Objects.requireNonNull(patient, "patient must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        List<Extension> reliability = patient.getExtensionsByUrl(FrCore.IDENTITY_RELIABILITY_EXTENSION);
        IdentityStatus status = status(reliability);
        Set<IdentityAttribute> attributes = attributes(reliability, status);
        Optional<IdentityDocument> validationMode = validationMode(reliability);

        List<Integer> insIndexes = new ArrayList<>();
        for (int i = 0; i < patient.getIdentifier().size(); i++) {
            if (insTypeCode(patient.getIdentifier().get(i)).isPresent()) {
                insIndexes.add(i);
            }
        }
        if (!insIndexes.isEmpty() && status != IdentityStatus.QUALIFIED) {
            throw new InsPatientException(InsPatientException.Reason.INS_NOT_QUALIFIED, "identifier["
                    + insIndexes.get(0) + "] is an INS but the identity status is " + status.code()
                    + "; only a qualified (QUAL) identity carries the INS (DIS-1, RNIV EXI SI 08)");
        }
        InsIdentifier active = null;
        int activeIndex = -1;
        List<EarlierIdentifier> history = new ArrayList<>();
        for (int index : insIndexes) {
            Identifier identifier = patient.getIdentifier().get(index);
            InsIdentifier ins = insIdentifier(identifier, index);
            if (identifier.getUse() == IdentifierUse.OLD) {
                history.add(identifier.hasPeriod()
                        ? new EarlierIdentifier(ins, date(identifier.getPeriod().getStartElement()),
                                date(identifier.getPeriod().getEndElement()))
                        : EarlierIdentifier.of(ins));
                continue;
            }
            IdentifierUse expected = InsPatientWriter.activeUse(ins.oid());
            if (identifier.getUse() != expected) {
                throw new InsPatientException(InsPatientException.Reason.INVALID_USE, "identifier["
                        + index + "] (" + ins.oid().typeCode() + ") has use "
                        + (identifier.hasUse() ? identifier.getUse().toCode() : "(none)")
                        + "; the profile asks for " + expected.toCode() + ", or old for an earlier identifier");
            }
            if (active != null) {
                throw new InsPatientException(InsPatientException.Reason.SEVERAL_ACTIVE_INS, "identifier["
                        + activeIndex + "] and identifier[" + index + "] are both active INS identifiers;"
                        + " an identity has one active matricule (MAT-6, FR Core fr-core-2)");
            }
            active = ins;
            activeIndex = index;
        }
        if (active == null && !history.isEmpty()) {
            throw new InsPatientException(InsPatientException.Reason.MISSING_ACTIVE_INS, "the Patient has"
                    + " earlier (old) INS identifiers but no active one; they travel only with it");
        }
        for (EarlierIdentifier earlier : history) {
            if (earlier.identifier().equals(active)) {
                throw new InsPatientException(InsPatientException.Reason.DUPLICATE_INS, "an earlier (old)"
                        + " INS identifier repeats the active one (MAT-6)");
            }
        }
        Traits traits = traits(patient, clock);
        Optional<InsIdentity> ins = active == null
                ? Optional.empty() : Optional.of(new InsIdentity(active, traits, history));
        return new InsPatient(status, attributes, validationMode, traits, ins);
    }

    // ------------------------------------------------------------------------------------------
    // Identity reliability

    private static IdentityStatus status(List<Extension> reliability) {
        List<Type> values = values(reliability, FrCore.IDENTITY_STATUS);
        if (values.size() != 1) {
            throw new InsPatientException(InsPatientException.Reason.MISSING_STATUS, (values.isEmpty()
                    ? "no identityStatus" : values.size() + " identityStatus values")
                    + " in the identity reliability extension; exactly one is expected (RNIV EXI SI 07)");
        }
        String code = code(values.get(0), FrCore.IDENTITY_STATUS_SYSTEM, "identityStatus");
        for (IdentityStatus status : IdentityStatus.values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw unknownCode("identityStatus", "PROV, RECUP, VALI or QUAL");
    }

    private static Set<IdentityAttribute> attributes(List<Extension> reliability, IdentityStatus status) {
        Set<IdentityAttribute> attributes = EnumSet.noneOf(IdentityAttribute.class);
        for (Type value : values(reliability, FrCore.COMMENT)) {
            if (!(value instanceof CodeableConcept concept)) {
                continue;
            }
            for (Coding coding : concept.getCoding()) {
                if (!FrCore.IDENTITY_STATUS_COMMENT_SYSTEM.equals(coding.getSystem())) {
                    continue;
                }
                for (IdentityAttribute attribute : IdentityAttribute.values()) {
                    if (attribute.code().equals(coding.getCode())) {
                        attributes.add(attribute);
                    }
                }
            }
        }
        for (IdentityAttribute attribute : attributes) {
            if (attribute.blocksQualification() && status != IdentityStatus.PROVISIONAL) {
                throw new InsPatientException(InsPatientException.Reason.INCOHERENT_ATTRIBUTES, "the"
                        + " attribute " + attribute.code() + " goes with the status PROV only, not "
                        + status.code() + " (QUA-1, FR Core fr-core-identity-reliability-1)");
            }
            for (IdentityAttribute other : attributes) {
                if (!attribute.combinesWith(other)) {
                    throw new InsPatientException(InsPatientException.Reason.INCOHERENT_ATTRIBUTES, "the"
                            + " attributes " + attribute.code() + " and " + other.code()
                            + " cannot be combined (QUA-2)");
                }
            }
        }
        return attributes;
    }

    private static Optional<IdentityDocument> validationMode(List<Extension> reliability) {
        List<Type> values = values(reliability, FrCore.VALIDATION_MODE);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String code = code(values.get(values.size() - 1), FrCore.VALIDATION_MODE_SYSTEM, "validationMode");
        for (IdentityDocument document : IdentityDocument.values()) {
            if (document.code().equals(code)) {
                return Optional.of(document);
            }
        }
        throw unknownCode("validationMode", "a code of " + FrCore.VALIDATION_MODE_SYSTEM);
    }

    /** The values of the sub-extensions {@code name} of every identity reliability extension. */
    private static List<Type> values(List<Extension> reliability, String name) {
        List<Type> values = new ArrayList<>();
        for (Extension extension : reliability) {
            for (Extension sub : extension.getExtensionsByUrl(name)) {
                if (sub.hasValue()) {
                    values.add(sub.getValue());
                }
            }
        }
        return values;
    }

    private static String code(Type value, String system, String element) {
        if (value instanceof Coding coding && system.equals(coding.getSystem()) && coding.hasCode()) {
            return coding.getCode();
        }
        throw unknownCode(element, "a Coding of " + system);
    }

    private static InsPatientException unknownCode(String element, String expected) {
        return new InsPatientException(InsPatientException.Reason.UNKNOWN_CODE, "the " + element
                + " is not " + expected + " (a required binding of FR Core)");
    }

    // ------------------------------------------------------------------------------------------
    // INS identifiers

    /** The INS type code of an identifier ({@code INS-NIR}…), if its type has one. */
    private static Optional<String> insTypeCode(Identifier identifier) {
        if (!identifier.hasType()) {
            return Optional.empty();
        }
        for (Coding coding : identifier.getType().getCoding()) {
            if (FrCore.IDENTIFIER_TYPE_SYSTEM.equals(coding.getSystem())) {
                for (InsOid oid : InsOid.values()) {
                    if (oid.typeCode().equals(coding.getCode())) {
                        return Optional.of(oid.typeCode());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static InsIdentifier insIdentifier(Identifier identifier, int index) {
        InsOid oid;
        try {
            oid = InsOid.parse(identifier.getSystem());
        } catch (InvalidOidException e) {
            throw new InsPatientException(InsPatientException.Reason.UNKNOWN_OID, "the system of identifier["
                    + index + "] is not the URN of an INS OID (MAT-5): " + e.getMessage(), e);
        }
        String typeCode = insTypeCode(identifier).orElseThrow();
        if (!oid.typeCode().equals(typeCode)) {
            throw new InsPatientException(InsPatientException.Reason.TYPE_MISMATCH, "identifier[" + index
                    + "] has type " + typeCode + " but the OID of " + oid.typeCode() + " (MAT-5)");
        }
        try {
            return InsIdentifier.of(InsMatricule.parse(identifier.getValue()), oid);
        } catch (InvalidMatriculeException e) {
            throw new InsPatientException(InsPatientException.Reason.INVALID_MATRICULE, "the value of"
                    + " identifier[" + index + "] is not a valid matricule: " + e.getMessage(), e);
        }
    }

    /** A validity date of an earlier identifier; one coarser than a day is not kept. */
    private static Optional<LocalDate> date(@Nullable DateTimeType date) {
        String value = date == null || date.isEmpty() ? null : date.getValueAsString();
        return value == null || value.length() < 10
                ? Optional.empty() : Optional.of(LocalDate.parse(value.substring(0, 10)));
    }

    // ------------------------------------------------------------------------------------------
    // Traits

    private static Traits traits(Patient patient, Clock clock) {
        List<HumanName> official = new ArrayList<>();
        for (HumanName name : patient.getName()) {
            if (name.getUse() == HumanName.NameUse.OFFICIAL) {
                official.add(name);
            }
        }
        if (official.isEmpty()) {
            throw missing("name (use official), the birth name");
        }
        if (official.size() > 1) {
            throw new InsPatientException(InsPatientException.Reason.INVALID_TRAIT, official.size()
                    + " official names; the profile has one, the birth name");
        }
        HumanName name = official.get(0);
        BirthName birthName = trait("name.family", () -> BirthName.parse(required(name.getFamily(), "name.family")));
        BirthFirstNames firstNames = trait("the birth-list-given-name extension",
                () -> BirthFirstNames.parse(required(stringValue(name.getExtensionByUrl(
                        FrCore.BIRTH_LIST_GIVEN_NAME_EXTENSION)), "the birth-list-given-name extension")));
        String given = required(name.hasGiven() ? name.getGiven().get(0).getValue() : null, "name.given");
        if (!firstNames.isConsistentWith(given)) {
            throw new InsPatientException(InsPatientException.Reason.INVALID_TRAIT, "name.given is not"
                    + " the start of the birth-list-given-name list (TRT-2)");
        }
        if (!patient.hasGender()) {
            throw missing("gender");
        }
        Sex sex = switch (patient.getGender()) {
            case MALE -> Sex.M;
            case FEMALE -> Sex.F;
            default -> throw new InsPatientException(InsPatientException.Reason.INVALID_TRAIT, "gender is "
                    + patient.getGender().toCode() + "; an INS identity is male or female");
        };
        String fhirDate = required(patient.hasBirthDateElement()
                ? patient.getBirthDateElement().getValueAsString() : null, "birthDate");
        BirthDate birthDate = trait("birthDate", () -> FhirBirthDate.parse(fhirDate, clock));
        BirthPlaceCode birthPlace = trait("the INSEE code of the birth place",
                () -> BirthPlaceCode.parse(required(inseeCode(patient), "the INSEE code of the birth place")));
        return new Traits(birthName, firstNames, birthDate, sex, birthPlace);
    }

    private static @Nullable String inseeCode(Patient patient) {
        Extension birthPlace = patient.getExtensionByUrl(FrCore.BIRTH_PLACE_EXTENSION);
        if (birthPlace == null || !(birthPlace.getValue() instanceof Address address)) {
            return null;
        }
        Extension insee = address.getExtensionByUrl(FrCore.ADDRESS_INSEE_CODE_EXTENSION);
        return insee != null && insee.getValue() instanceof Coding coding ? coding.getCode() : null;
    }

    private static @Nullable String stringValue(@Nullable Extension extension) {
        return extension != null && extension.getValue() instanceof StringType string ? string.getValue() : null;
    }

    private static String required(@Nullable String value, String element) {
        if (value == null || value.isEmpty()) {
            throw missing(element);
        }
        return value;
    }

    private static <T> T trait(String element, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidTraitException e) {
            throw new InsPatientException(InsPatientException.Reason.INVALID_TRAIT, element
                    + " is not a valid INS trait: " + e.getMessage(), e);
        }
    }

    private static InsPatientException missing(String element) {
        return new InsPatientException(InsPatientException.Reason.MISSING_TRAIT, element
                + " is missing; the five INS traits are required (DIS-4, FR Core Patient INS)");
    }
}
