package io.github.ins4j.fhir;

import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException.Reason;
import io.github.ins4j.exchange.FormatVersion;
import io.github.ins4j.exchange.IdentifierClaim;
import io.github.ins4j.exchange.Refusal;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Trait;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CanonicalType;
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
 * Reads an FR Core Patient — of FR Core 2.0, 2.1, 2.2 or the continuous build, or as
 * {@link InsPatientWriter} writes it — into a {@link ClaimedIdentity}: the status, the traits and,
 * for a qualified identity only, the INS identity; what contradicts the FR Core Patient INS profile
 * or the disclosure rules is refused with its reason in the result, the local identity kept
 * (INT-2). The version recognised is the result's {@link ClaimedIdentity#version()} (INT-3).
 *
 * <h2>Identity reliability (INT-2)</h2>
 * <ul>
 *   <li>The continuous build ({@link FormatVersion#FR_CORE_NEXT}): {@code identityStatus} in
 *       {@link FrCore#IDENTITY_STATUS_SYSTEM} ({@code PROV}, {@code RECUP}, {@code VALI},
 *       {@code QUAL}), the attributes DOUT / FICT / HOMA among the {@code comment} codes of
 *       {@link FrCore#IDENTITY_STATUS_COMMENT_SYSTEM} (other comment codes are ignored).</li>
 *   <li>The published versions 2.0 to 2.2 ({@link FormatVersion#FR_CORE_2}, or the version that
 *       {@code meta.profile} names): {@code identityStatus} in {@value #V2_0445_SYSTEM}, one
 *       extension per code: {@code VALI} with an INS identifier reads as qualified, {@code VALI}
 *       alone as validated, {@code PROV} as provisional; {@code DOUT}, {@code FICT}, {@code HOMA}
 *       are the attributes; the other codes of table 0445 (management codes) are ignored.</li>
 *   <li>Exactly one status ({@code MISSING_STATUS}), known codes ({@code UNKNOWN_CODE}),
 *       attributes coherent with each other and the status (QUA-1, QUA-2:
 *       {@code INCOHERENT_ATTRIBUTES}): otherwise the status is refused, and with it any INS
 *       (DIS-1). An unknown {@code validationMode} is refused alone ({@code UNKNOWN_CODE}).</li>
 * </ul>
 *
 * <h2>INS identifiers</h2>
 * INS identifiers are those whose {@code type} is an INS code of {@link FrCore#IDENTIFIER_TYPE_SYSTEM},
 * and those without a {@code type} whose {@code system} is an INS OID (recognised by the OID, as the
 * CDA and HL7 v2 readers do); an identifier with an INS OID but another type (the billing NSS shares the NIR OID, with type
 * {@code NH}) is not an INS (DIS-5) and is left alone. They are checked by the rules the three
 * readers share ({@link ClaimedIdentity.Builder}: INS OID of their type, valid matricule, one active
 * INS, earlier ones with {@code use = old} beside it, the five strict traits, a qualified status),
 * and the {@code use} of the active one must be {@code official} ({@code temp} is accepted for an
 * INS-NIA, as older versions wrote it): {@code INVALID_USE}.
 *
 * <h2>The five traits</h2>
 * One official name, its {@code family}, its first {@code given} consistent with the start of the
 * {@link FrCore#BIRTH_LIST_GIVEN_NAME_EXTENSION} list (TRT-2), {@code gender} male or female,
 * {@code birthDate} (partial for an uncertain date, TRT-3), and the INSEE code of the
 * {@link FrCore#BIRTH_PLACE_EXTENSION} (TRT-4): in INSi's strict form for the INS, as typed for the
 * local identity.
 *
 * <pre>{@code
 * ClaimedIdentity read = InsPatientReader.read(patient);
 * read.status();                                     // Optional[QUALIFIED]
 * read.insIdentity().map(InsIdentity::identifier);  // Optional[InsIdentifier[2 89 ** ** *** *** 18, INS-NIR-TEST]]
 * read.version();                                    // FR_CORE_2, FR_CORE_NEXT...
 * }</pre>
 */
public final class InsPatientReader {

    /** The status code system of the published FR Core 2.x versions (HL7 v2 table 0445). */
    public static final String V2_0445_SYSTEM = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445";

    private static final String FR_CORE_CANONICAL = "https://hl7.fr/ig/fhir/core/";

    private InsPatientReader() {
    }

    /**
     * Reads a Patient; birth dates after today (in Europe/Paris) are refused.
     *
     * @param patient the Patient
     * @return what the Patient claims about the identity
     * @throws NullPointerException if {@code patient} is {@code null}
     */
    public static ClaimedIdentity read(Patient patient) {
        return read(patient, Clock.system(BirthDate.FRANCE));
    }

    /**
     * Reads a Patient, with "today" read from the given clock.
     *
     * @param patient the Patient
     * @param clock   the clock that says what today is, for the birth date (TRT-3)
     * @return what the Patient claims about the identity
     * @throws NullPointerException if an argument is {@code null}
     */
    public static ClaimedIdentity read(Patient patient, Clock clock) {
        Objects.requireNonNull(patient, "patient must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        ClaimedIdentity.Builder claim = ClaimedIdentity.builder(FormatVersion.FR_CORE_2);
        boolean hasIns = identifiers(patient, claim);
        reliability(patient, claim, hasIns);
        traits(patient, clock, claim);
        return claim.build();
    }

    // ------------------------------------------------------------------------------------------
    // Identity reliability

    private static void reliability(Patient patient, ClaimedIdentity.Builder claim, boolean hasIns) {
        List<Extension> reliability = patient.getExtensionsByUrl(FrCore.IDENTITY_RELIABILITY_EXTENSION);
        List<Type> values = values(reliability, FrCore.IDENTITY_STATUS);
        boolean next = false;
        for (Type value : values) {
            next |= value instanceof Coding coding && FrCore.IDENTITY_STATUS_SYSTEM.equals(coding.getSystem());
        }
        claim.version(next ? FormatVersion.FR_CORE_NEXT : profileVersion(patient));
        List<String> statuses = new ArrayList<>();
        Set<IdentityAttribute> attributes = EnumSet.noneOf(IdentityAttribute.class);
        for (Type value : values) {
            if (!(value instanceof Coding coding) || !coding.hasCode()
                    || !(FrCore.IDENTITY_STATUS_SYSTEM.equals(coding.getSystem())
                    || V2_0445_SYSTEM.equals(coding.getSystem()))) {
                claim.refuse(Refusal.Part.STATUS, Reason.UNKNOWN_CODE, "the identityStatus is not a Coding of "
                        + FrCore.IDENTITY_STATUS_SYSTEM + " or " + V2_0445_SYSTEM + " (a required binding of FR Core)");
                return;
            }
            String code = coding.getCode();
            Optional<IdentityAttribute> attribute = attribute(code);
            if (!next && attribute.isPresent()) {
                attributes.add(attribute.get());
            } else if (code.equals("PROV") || code.equals("VALI") || next && (code.equals("RECUP") || code.equals("QUAL"))) {
                statuses.add(code);
            } else if (next) {
                claim.refuse(Refusal.Part.STATUS, Reason.UNKNOWN_CODE, "the identityStatus is not PROV, RECUP,"
                        + " VALI or QUAL (a required binding of FR Core)");
                return;
            }   // published versions: the management codes of table 0445 are not RNIV facts
        }
        if (statuses.size() != 1) {
            claim.refuse(Refusal.Part.STATUS, Reason.MISSING_STATUS, (statuses.isEmpty()
                    ? "no identityStatus" : statuses.size() + " identityStatus values")
                    + " in the identity reliability extensions; exactly one status is expected (RNIV EXI SI 07)");
            return;
        }
        IdentityStatus status = status(statuses.get(0), next, hasIns);
        if (next) {
            attributes.addAll(comments(reliability));
        }
        for (IdentityAttribute attribute : attributes) {
            if (attribute.blocksQualification() && status != IdentityStatus.PROVISIONAL) {
                claim.refuse(Refusal.Part.STATUS, Reason.INCOHERENT_ATTRIBUTES, "the attribute " + attribute.code()
                        + " goes with the status PROV only, not " + status.code()
                        + " (QUA-1, FR Core fr-core-identity-reliability-1)");
                return;
            }
            for (IdentityAttribute other : attributes) {
                if (!attribute.combinesWith(other)) {
                    claim.refuse(Refusal.Part.STATUS, Reason.INCOHERENT_ATTRIBUTES, "the attributes "
                            + attribute.code() + " and " + other.code() + " cannot be combined (QUA-2)");
                    return;
                }
            }
        }
        claim.status(status).attributes(attributes);
        validationMode(reliability, claim, next);
    }

    /** The version a published Patient names in {@code meta.profile}, e.g. {@code ...|2.1.0}. */
    private static FormatVersion profileVersion(Patient patient) {
        for (CanonicalType profile : patient.getMeta().getProfile()) {
            String canonical = profile.getValue();
            int bar = canonical == null ? -1 : canonical.indexOf('|');
            if (bar > 0 && canonical.startsWith(FR_CORE_CANONICAL)) {
                String version = canonical.substring(bar + 1);
                if (version.startsWith("2.0")) {
                    return FormatVersion.FR_CORE_2_0;
                } else if (version.startsWith("2.1")) {
                    return FormatVersion.FR_CORE_2_1;
                } else if (version.startsWith("2.2")) {
                    return FormatVersion.FR_CORE_2_2;
                }
            }
        }
        return FormatVersion.FR_CORE_2;
    }

    /** INT-2: in the published versions, VALI with an INS identifier is a qualified identity. */
    private static IdentityStatus status(String code, boolean next, boolean hasIns) {
        if (!next) {
            return code.equals("PROV") ? IdentityStatus.PROVISIONAL
                    : hasIns ? IdentityStatus.QUALIFIED : IdentityStatus.VALIDATED;
        }
        for (IdentityStatus status : IdentityStatus.values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalStateException("a checked status code");
    }

    private static Optional<IdentityAttribute> attribute(String code) {
        for (IdentityAttribute attribute : IdentityAttribute.values()) {
            if (attribute.code().equals(code)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    /** The continuous build's attributes, among the comment codes. */
    private static Set<IdentityAttribute> comments(List<Extension> reliability) {
        Set<IdentityAttribute> attributes = EnumSet.noneOf(IdentityAttribute.class);
        for (Type value : values(reliability, FrCore.COMMENT)) {
            if (value instanceof CodeableConcept concept) {
                for (Coding coding : concept.getCoding()) {
                    if (FrCore.IDENTITY_STATUS_COMMENT_SYSTEM.equals(coding.getSystem()) && coding.hasCode()) {
                        attribute(coding.getCode()).ifPresent(attributes::add);
                    }
                }
            }
        }
        return attributes;
    }

    /**
     * The document of the validation mode: in the continuous build ins4j's own codes, in FR Core 2.x
     * the codes of that version, the ones the writer writes ({@link InsPatientWriter#validationMode220}:
     * {@code LE}, {@code DC}, {@code IE}, {@code AC}..., where 2.2.0's {@code CC} is another document).
     */
    private static void validationMode(List<Extension> reliability, ClaimedIdentity.Builder claim, boolean next) {
        List<Type> values = values(reliability, FrCore.VALIDATION_MODE);
        if (values.isEmpty()) {
            return;
        }
        if (values.get(values.size() - 1) instanceof Coding coding
                && FrCore.VALIDATION_MODE_SYSTEM.equals(coding.getSystem()) && coding.hasCode()) {
            for (IdentityDocument document : IdentityDocument.values()) {
                Optional<String> code = next ? Optional.of(document.code())
                        : InsPatientWriter.validationMode220(document, false);
                if (code.filter(coding.getCode()::equals).isPresent()) {
                    claim.validationMode(document);
                    return;
                }
            }
        }
        claim.refuse(Refusal.Part.STATUS, Reason.UNKNOWN_CODE, "the validationMode is not a code of "
                + FrCore.VALIDATION_MODE_SYSTEM + " that ins4j knows; the status is kept, the document is not");
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

    // ------------------------------------------------------------------------------------------
    // INS identifiers

    /** Gives the INS identifiers to the claim; returns whether there is one. */
    private static boolean identifiers(Patient patient, ClaimedIdentity.Builder claim) {
        boolean any = false;
        for (int i = 0; i < patient.getIdentifier().size(); i++) {
            Identifier identifier = patient.getIdentifier().get(i);
            Optional<String> type = insTypeCode(identifier);
            if (type.isEmpty() && !identifier.hasType()) {
                type = insOidTypeCode(identifier.getSystem());   // no type: recognised by its OID
            }
            if (type.isEmpty()) {
                continue;
            }
            any = true;
            String where = "identifier[" + i + "]";
            IdentifierClaim ins = IdentifierClaim.typedIns(where, identifier.getSystem(), identifier.getValue(),
                    type.get());
            if (identifier.getUse() == IdentifierUse.OLD) {
                ins = ins.earlier(identifier.hasPeriod() ? date(identifier.getPeriod().getStartElement()) : null,
                        identifier.hasPeriod() ? date(identifier.getPeriod().getEndElement()) : null);
            } else if (identifier.getUse() != IdentifierUse.OFFICIAL
                    && !(identifier.getUse() == IdentifierUse.TEMP && type.get().equals(InsOid.NIA.typeCode()))) {
                claim.refuse(Refusal.Part.INS, Reason.INVALID_USE, where + " has use "
                        + (identifier.getUse() == null ? "(none)" : identifier.getUse().toCode())
                        + "; an active INS is official (temp is accepted for an INS-NIA)");
            }
            claim.identifier(ins);
        }
        return any;
    }

    /** The INS type code of an identifier without a type whose system is an INS OID, if it is one. */
    private static Optional<String> insOidTypeCode(@Nullable String system) {
        if (system == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InsOid.parse(system).typeCode());
        } catch (InvalidOidException notIns) {
            return Optional.empty();
        }
    }

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

    /** A validity date of an earlier identifier; one coarser than a day is not kept. */
    private static @Nullable LocalDate date(@Nullable DateTimeType date) {
        String value = date == null || date.isEmpty() ? null : date.getValueAsString();
        return value == null || value.length() < 10 ? null : LocalDate.parse(value.substring(0, 10));
    }

    // ------------------------------------------------------------------------------------------
    // Traits

    private static void traits(Patient patient, Clock clock, ClaimedIdentity.Builder claim) {
        List<HumanName> official = new ArrayList<>();
        for (HumanName name : patient.getName()) {
            if (name.getUse() == HumanName.NameUse.OFFICIAL) {
                official.add(name);
            }
        }
        if (official.size() > 1) {
            String message = official.size() + " official names; the profile has one, the birth name";
            claim.refuseTrait(Trait.BIRTH_NAME, Reason.INVALID_TRAIT, message);
            claim.refuseTrait(Trait.BIRTH_FIRST_NAMES, Reason.INVALID_TRAIT, message);
        } else if (official.size() == 1) {
            HumanName name = official.get(0);
            claim.birthName("name.family", name.getFamily());
            String given = name.hasGiven() ? name.getGiven().get(0).getValue() : null;
            claim.firstNames("the birth-list-given-name extension", stringValue(name.getExtensionByUrl(
                    FrCore.BIRTH_LIST_GIVEN_NAME_EXTENSION)), given);
            if (given == null || given.isEmpty()) {
                claim.refuseTrait(Trait.BIRTH_FIRST_NAMES, Reason.MISSING_TRAIT, "name.given is missing; the"
                        + " Patient INS profile gives the first first name there");
            }
        }
        if (patient.hasGender()) {
            switch (patient.getGender()) {
                case MALE -> claim.sex("gender", "M");
                case FEMALE -> claim.sex("gender", "F");
                default -> claim.refuseTrait(Trait.SEX, Reason.INVALID_TRAIT, "gender is "
                        + patient.getGender().toCode() + "; an INS identity is male or female");
            }
        }
        claim.birthDate("birthDate", patient.hasBirthDateElement()
                ? patient.getBirthDateElement().getValueAsString() : null, text -> FhirBirthDate.parse(text, clock));
        claim.birthPlace("the INSEE code of the birth place", inseeCode(patient));
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
}
