package io.github.ins4j.exchange;

import io.github.ins4j.error.InsException;
import io.github.ins4j.exchange.ExchangeException.Reason;
import io.github.ins4j.exchange.Refusal.Part;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
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
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a document says about its patient, as the three readers of ins4j return it (FHIR
 * {@code InsPatientReader}, CDA {@code RecordTargetReader}, HL7 v2 {@code PidReader}): the local
 * identity in every case, the INS only when every rule holds, the RNIV status when the format
 * carries one, the format version read, and what was refused and why.
 *
 * <ul>
 *   <li>{@link #localTraits()}: the traits as written, read leniently (lower case, accents...),
 *       whichever could be read; always there.</li>
 *   <li>{@link #traits()}: the five traits, when all are there in strict INS form (TRT-1 ...
 *       TRT-4).</li>
 *   <li>{@link #insIdentity()}: the INS, only when the document carries one and it passes every
 *       rule: an INS OID (MAT-5), a valid matricule (MAT-1), one active INS, the five strict traits
 *       (DIS-4) and, in a format that carries the status, a qualified status (DIS-1).</li>
 *   <li>{@link #refusals()}: each part not kept — the INS, the status, the strict traits — with
 *       its {@link ExchangeException.Reason} and a message without personal data. A document whose
 *       INS breaks a rule is read; only structural errors throw {@link ExchangeException}.</li>
 * </ul>
 *
 * <p>Reading an INS does not qualify the identity: feed it to the RNIV process (an INSi check,
 * {@link io.github.ins4j.qualification.IdentityQualifier}) as your rules require.
 *
 * <p>Made only by {@link Builder#build()}, which applies the rules above, so that a value that
 * exists is consistent: there is no way to a claimed INS without its strict traits. The readers
 * use the builder; so may a reader of another format. {@code toString()} masks personal data.
 *
 * <pre>{@code
 * ClaimedIdentity read = PidReader.read(PidFields.parse(segment));
 * read.insIdentity().ifPresent(ins -> link(ins.identifier()));
 * read.refusal(Refusal.Part.INS).ifPresent(r -> log.warn("INS refused: {}", r.reason()));
 * TraitMatcher.compare(read.localTraits(), insiAnswer);   // the local identity, always
 * }</pre>
 */
public final class ClaimedIdentity {

    private final FormatVersion version;
    private final LocalTraits localTraits;
    private final @Nullable Traits traits;
    private final @Nullable InsIdentity insIdentity;
    private final @Nullable IdentityStatus status;
    private final Set<IdentityAttribute> attributes;
    private final @Nullable IdentityDocument validationMode;
    private final List<Refusal> refusals;

    private ClaimedIdentity(FormatVersion version, LocalTraits localTraits, @Nullable Traits traits,
            @Nullable InsIdentity insIdentity, @Nullable IdentityStatus status, Set<IdentityAttribute> attributes,
            @Nullable IdentityDocument validationMode, List<Refusal> refusals) {
        this.version = version;
        this.localTraits = localTraits;
        this.traits = traits;
        this.insIdentity = insIdentity;
        this.status = status;
        this.attributes = attributes;
        this.validationMode = validationMode;
        this.refusals = refusals;
    }

    /**
     * Starts reading a document of the given format version.
     *
     * @param version the format version read
     * @return a new builder
     * @throws NullPointerException if {@code version} is {@code null}
     */
    public static Builder builder(FormatVersion version) {
        return new Builder(version);
    }

    /**
     * Returns the format of the document.
     *
     * @return the format
     */
    public ExchangeFormat format() {
        return version.format();
    }

    /**
     * Returns the version or layout of the format that the reader recognised (INT-3, INT-4).
     *
     * @return the version
     */
    public FormatVersion version() {
        return version;
    }

    /**
     * Returns the local identity: the traits as the document writes them, each read leniently
     * (TRT-5), whichever could be read. Personal data.
     *
     * @return the local traits, possibly with missing traits
     */
    public LocalTraits localTraits() {
        return localTraits;
    }

    /**
     * Returns the five traits when the document has all of them in strict INS form. Personal data.
     *
     * @return the strict traits, or empty (see {@link #refusals()} for why)
     */
    public Optional<Traits> traits() {
        return Optional.ofNullable(traits);
    }

    /**
     * Returns the INS identity the document carries, when every rule holds; its traits are
     * {@link #traits()} (DIS-4).
     *
     * @return the INS identity, or empty when the document has no INS or it was refused
     */
    public Optional<InsIdentity> insIdentity() {
        return Optional.ofNullable(insIdentity);
    }

    /**
     * Returns the RNIV status the document claims (FHIR only). FR Core 2.x's {@code VALI} with an
     * INS identifier reads as {@link IdentityStatus#QUALIFIED} (INT-2).
     *
     * @return the status, or empty when the format carries none or it was refused
     */
    public Optional<IdentityStatus> status() {
        return Optional.ofNullable(status);
    }

    /**
     * Returns the RNIV attributes the document claims (FHIR only: DOUT, FICT, HOMA).
     *
     * @return the attributes, possibly empty; unmodifiable
     */
    public Set<IdentityAttribute> attributes() {
        return attributes;
    }

    /**
     * Returns the identity document the sender checked (FHIR {@code validationMode}), if any.
     *
     * @return the document, or empty
     */
    public Optional<IdentityDocument> validationMode() {
        return Optional.ofNullable(validationMode);
    }

    /**
     * Returns what was not kept, and why, in the order found.
     *
     * @return the refusals, empty when the whole document was kept; unmodifiable
     */
    public List<Refusal> refusals() {
        return refusals;
    }

    /**
     * Returns the first refusal of a part.
     *
     * @param part the part: INS, status or traits
     * @return the refusal, or empty when that part was not refused
     * @throws NullPointerException if {@code part} is {@code null}
     */
    public Optional<Refusal> refusal(Part part) {
        Objects.requireNonNull(part, "part must not be null");
        return refusals.stream().filter(r -> r.part() == part).findFirst();
    }

    /**
     * Returns a masked form, e.g.
     * {@code ClaimedIdentity[CI-SIS 3.0, InsIdentity[...], LocalTraits[...; masked], refusals []]}.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "ClaimedIdentity[" + version.label() + (status == null ? "" : ", " + status.code())
                + (attributes.isEmpty() ? "" : ", attributes " + attributes)
                + (validationMode == null ? "" : ", checked on " + validationMode.code()) + ", "
                + (insIdentity == null ? "no INS" : insIdentity.toString()) + ", " + localTraits
                + ", refusals " + refusals + "]";
    }

    /**
     * Collects what a reader found in a document and applies, once for every format, the rules
     * that decide what is kept: the search for the INS among the identifiers, the strict and
     * lenient reading of the traits, DIS-1 and DIS-4. Each method takes the text as written and
     * where it stands (for messages); nothing is refused before {@link #build()}, and nothing
     * there throws: what breaks a rule becomes a {@link Refusal}.
     *
     * <h2>The INS among the identifiers</h2>
     * <ol>
     *   <li>An identifier is an INS when the document types it so ({@link IdentifierClaim#typedIns})
     *       or, untyped, when its OID is an INS OID (NIR, NIA, test, demonstration:
     *       {@link InsOid#parse}); an untyped one with the root of the retired INS-C refuses the INS
     *       ({@code WRONG_OID}); the others (IPP, the billing NSS, DIS-5) are ignored.</li>
     *   <li>Each INS: an INS OID ({@code WRONG_OID}), of its type ({@code TYPE_MISMATCH}), a
     *       15-character matricule with a valid key ({@code INVALID_MATRICULE}, MAT-1).</li>
     *   <li>One active INS. An INS-NIR beside INS-NIA ones: the NIR is kept and the NIA become
     *       earlier identifiers (the NIA waits for a NIR) <b>[decision]</b>; other pairs
     *       ({@code TWO_INS}). Earlier ones need an active one ({@code MISSING_ACTIVE_INS}) and
     *       do not repeat it ({@code DUPLICATE_INS}, MAT-6).</li>
     *   <li>DIS-1: in a format that carries the status, the INS goes with
     *       {@link IdentityStatus#QUALIFIED} only ({@code INS_NOT_QUALIFIED}).</li>
     *   <li>DIS-4: the INS goes with the five strict traits; otherwise it is refused with the
     *       reason of the first trait refused.</li>
     * </ol>
     *
     * <h2>The traits</h2>
     * Each trait is read strictly (TRT-1 ... TRT-4); if it is not in strict form it is read as
     * typed (TRT-5) into the local traits only, and the strict traits are refused
     * ({@code INVALID_TRAIT}); a missing trait is refused with {@code MISSING_TRAIT}. The first
     * first name, when given, must start the list (TRT-2, {@code INCONSISTENT_FIRST_NAME}).
     */
    public static final class Builder {

        private FormatVersion version;
        private final Map<Trait, Object> strict = new EnumMap<>(Trait.class);
        private final LocalTraits.Builder local = LocalTraits.builder();
        private final Map<Trait, Refusal> traitRefusals = new EnumMap<>(Trait.class);
        private final List<IdentifierClaim> identifiers = new ArrayList<>();
        private final List<Refusal> refusals = new ArrayList<>();
        private @Nullable IdentityStatus status;
        private final Set<IdentityAttribute> attributes = EnumSet.noneOf(IdentityAttribute.class);
        private @Nullable IdentityDocument validationMode;

        private Builder(FormatVersion version) {
            this.version = Objects.requireNonNull(version, "version must not be null");
        }

        /**
         * Sets the version read, when the reader recognises it late (the CDA layout of the first
         * names).
         *
         * @param newVersion the version
         * @return this builder
         * @throws NullPointerException if {@code newVersion} is {@code null}
         */
        public Builder version(FormatVersion newVersion) {
            this.version = Objects.requireNonNull(newVersion, "version must not be null");
            return this;
        }

        /**
         * Gives the birth name.
         *
         * @param where where it stands, for messages ({@code PID-5.1})
         * @param text  the text as written, or {@code null} when missing
         * @return this builder
         */
        public Builder birthName(String where, @Nullable CharSequence text) {
            if (present(Trait.BIRTH_NAME, where, text)) {
                try {
                    strict.put(Trait.BIRTH_NAME, BirthName.parse(text));
                    local.birthName(text);
                } catch (InsException e) {
                    lenient(Trait.BIRTH_NAME, where, e, () -> local.birthName(text));
                }
            }
            return this;
        }

        /**
         * Gives the birth first names: the whole list and, when the format writes it apart, the
         * first first name, which must start the list (TRT-2).
         *
         * @param where where the list stands, for messages
         * @param list  the list as written, or {@code null} when missing
         * @param first the first first name as written, or {@code null} / empty when not given
         * @return this builder
         */
        public Builder firstNames(String where, @Nullable CharSequence list, @Nullable CharSequence first) {
            if (present(Trait.BIRTH_FIRST_NAMES, where, list)) {
                try {
                    BirthFirstNames names = BirthFirstNames.parse(list);
                    local.firstNames(list);
                    if (first != null && first.length() > 0 && !names.isConsistentWith(first)) {
                        refuseTrait(Trait.BIRTH_FIRST_NAMES, Reason.INCONSISTENT_FIRST_NAME, "the first"
                                + " first name is not the start of the list of birth first names (" + where
                                + ") (TRT-2)");
                    } else {
                        strict.put(Trait.BIRTH_FIRST_NAMES, names);
                    }
                } catch (InsException e) {
                    lenient(Trait.BIRTH_FIRST_NAMES, where, e, () -> local.firstNames(list));
                }
            }
            return this;
        }

        /**
         * Gives the birth date, read by the format's own parser (an HL7 timestamp, a FHIR date).
         *
         * @param where  where it stands, for messages
         * @param text   the text as written, or {@code null} when missing
         * @param parser reads the text; throws an exception of ins4j or an
         *               {@link IllegalArgumentException} (without personal data) when it cannot
         * @return this builder
         * @throws NullPointerException if {@code parser} is {@code null}
         */
        public Builder birthDate(String where, @Nullable String text, Function<String, BirthDate> parser) {
            Objects.requireNonNull(parser, "parser must not be null");
            if (present(Trait.BIRTH_DATE, where, text) && text != null) {
                try {
                    BirthDate date = parser.apply(text);
                    strict.put(Trait.BIRTH_DATE, date);
                    local.birthDate(date);
                } catch (InsException | IllegalArgumentException e) {
                    refuseTrait(Trait.BIRTH_DATE, Reason.INVALID_TRAIT, invalid(Trait.BIRTH_DATE, where, e));
                }
            }
            return this;
        }

        /**
         * Gives the sex code ({@code M}, {@code F}).
         *
         * @param where where it stands, for messages
         * @param code  the code as written, or {@code null} when missing
         * @return this builder
         */
        public Builder sex(String where, @Nullable CharSequence code) {
            if (present(Trait.SEX, where, code)) {
                try {
                    Sex sex = Sex.parse(code);
                    strict.put(Trait.SEX, sex);
                    local.sex(sex);
                } catch (InsException e) {
                    lenient(Trait.SEX, where, e, () -> local.sex(code));
                }
            }
            return this;
        }

        /**
         * Gives the birth place code (INSEE).
         *
         * @param where where it stands, for messages
         * @param code  the code as written, or {@code null} when missing
         * @return this builder
         */
        public Builder birthPlace(String where, @Nullable CharSequence code) {
            if (present(Trait.BIRTH_PLACE_CODE, where, code)) {
                try {
                    strict.put(Trait.BIRTH_PLACE_CODE, BirthPlaceCode.parse(code));
                    local.birthPlace(code);
                } catch (InsException e) {
                    lenient(Trait.BIRTH_PLACE_CODE, where, e, () -> local.birthPlace(code));
                }
            }
            return this;
        }

        /**
         * Refuses a trait the reader could not take, e.g. given twice ({@code DUPLICATE_TRAIT}):
         * it is missing from the local traits and the strict traits are refused.
         *
         * @param trait   the trait
         * @param reason  why
         * @param message the element and the rule, without personal data
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder refuseTrait(Trait trait, Reason reason, String message) {
            Refusal refusal = Refusal.of(Part.TRAITS, reason, message);
            if (traitRefusals.putIfAbsent(Objects.requireNonNull(trait, "trait must not be null"), refusal) == null) {
                refusals.add(refusal);
            }
            strict.remove(trait);
            return this;
        }

        /**
         * Gives an identifier of the patient; which one is the INS is decided by {@link #build()}.
         *
         * @param identifier the identifier as the document gives it
         * @return this builder
         * @throws NullPointerException if {@code identifier} is {@code null}
         */
        public Builder identifier(IdentifierClaim identifier) {
            identifiers.add(Objects.requireNonNull(identifier, "identifier must not be null"));
            return this;
        }

        /**
         * Gives the RNIV status the document claims (formats that carry one).
         *
         * @param claimed the status
         * @return this builder
         * @throws NullPointerException if {@code claimed} is {@code null}
         */
        public Builder status(IdentityStatus claimed) {
            this.status = Objects.requireNonNull(claimed, "status must not be null");
            return this;
        }

        /**
         * Gives the RNIV attributes the document claims.
         *
         * @param claimed the attributes
         * @return this builder
         * @throws NullPointerException if {@code claimed} is {@code null}
         */
        public Builder attributes(Set<IdentityAttribute> claimed) {
            attributes.addAll(Objects.requireNonNull(claimed, "attributes must not be null"));
            return this;
        }

        /**
         * Gives the identity document the sender checked.
         *
         * @param document the document
         * @return this builder
         * @throws NullPointerException if {@code document} is {@code null}
         */
        public Builder validationMode(IdentityDocument document) {
            this.validationMode = Objects.requireNonNull(document, "document must not be null");
            return this;
        }

        /**
         * Refuses the INS, or the status or one of its facts, for a rule of the format (e.g. FHIR
         * {@code INVALID_USE}, {@code UNKNOWN_CODE}): an INS is never kept once refused; a status
         * is kept only if the reader gives it ({@link #status}).
         *
         * @param part    {@link Part#INS} or {@link Part#STATUS}; traits go through
         *                {@link #refuseTrait}
         * @param reason  why
         * @param message the element and the rule, without personal data
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         * @throws ExchangeException with {@code INVALID_STRUCTURE} if {@code part} is
         *     {@link Part#TRAITS}
         */
        public Builder refuse(Part part, Reason reason, String message) {
            if (Objects.requireNonNull(part, "part must not be null") == Part.TRAITS) {
                throw new ExchangeException(version.format(), Reason.INVALID_STRUCTURE,
                        "a trait is refused through refuseTrait, which says which trait");
            }
            refusals.add(Refusal.of(part, reason, message));
            return this;
        }

        /**
         * Applies the rules and returns what the document claims.
         *
         * @return the claimed identity
         */
        public ClaimedIdentity build() {
            List<Refusal> all = new ArrayList<>(refusals);
            for (Trait trait : Trait.values()) {
                if (!strict.containsKey(trait) && !traitRefusals.containsKey(trait)) {
                    Refusal missing = Refusal.of(Part.TRAITS, Reason.MISSING_TRAIT, "the " + trait.label()
                            + " is missing");
                    traitRefusals.put(trait, missing);
                    all.add(missing);
                }
            }
            Traits traits = traitRefusals.isEmpty()
                    ? new Traits(strict(Trait.BIRTH_NAME, BirthName.class),
                            strict(Trait.BIRTH_FIRST_NAMES, BirthFirstNames.class),
                            strict(Trait.BIRTH_DATE, BirthDate.class), strict(Trait.SEX, Sex.class),
                            strict(Trait.BIRTH_PLACE_CODE, BirthPlaceCode.class))
                    : null;
            InsIdentity ins = null;
            boolean insRefused = refusals.stream().anyMatch(r -> r.part() == Part.INS);
            InsSearch search = new InsSearch();
            search.run(identifiers);
            if (search.refusal != null) {
                if (!insRefused) {
                    all.add(search.refusal);
                }
            } else if (search.active != null && !insRefused) {
                Refusal refusal = admit(traits);
                if (refusal == null && traits != null) {
                    ins = new InsIdentity(search.active, traits, List.copyOf(search.history));
                } else if (refusal != null) {
                    all.add(refusal);
                }
            }
            Set<IdentityAttribute> claimed = attributes.isEmpty()
                    ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(attributes));
            return new ClaimedIdentity(version, local.build(), traits, ins, status, claimed, validationMode,
                    List.copyOf(all));
        }

        /** A strict trait read; called once every trait is known to be there. */
        private <T> T strict(Trait trait, Class<T> type) {
            return type.cast(Objects.requireNonNull(strict.get(trait), "a strict trait"));
        }

        /** DIS-1 and DIS-4 for a found INS: the refusal, or null when it is kept. */
        private @Nullable Refusal admit(@Nullable Traits traits) {
            if (version.format().carriesStatus() && status != IdentityStatus.QUALIFIED) {
                return Refusal.of(Part.INS, Reason.INS_NOT_QUALIFIED, "the document carries an INS but "
                        + (status == null ? "no readable identity status" : "the identity status "
                        + status.code()) + "; only a qualified identity carries the INS (DIS-1, RNIV EXI SI 08)");
            }
            if (traits == null) {
                Refusal first = firstTraitRefusal();
                return Refusal.of(Part.INS, first.reason(), "the document carries an INS but not the five"
                        + " traits in INS form (" + first.reason() + "); the INS never travels without them"
                        + " (DIS-4)");
            }
            return null;
        }

        /** The first trait refused, in the order found; those found missing at the end last. */
        private Refusal firstTraitRefusal() {
            for (Refusal r : refusals) {
                if (r.part() == Part.TRAITS) {
                    return r;
                }
            }
            return traitRefusals.values().iterator().next();
        }

        private boolean present(Trait trait, String where, @Nullable CharSequence text) {
            Objects.requireNonNull(where, "where must not be null");
            if (text == null || text.length() == 0) {
                refuseTrait(trait, Reason.MISSING_TRAIT, "the " + trait.label() + " (" + where + ") is missing");
                return false;
            }
            return true;
        }

        private interface LenientRead {
            void read();
        }

        /** A trait not in strict form: read as typed into the local traits if it can be. */
        private void lenient(Trait trait, String where, InsException strictError, LenientRead read) {
            refuseTrait(trait, Reason.INVALID_TRAIT, invalid(trait, where, strictError));
            try {
                read.read();
            } catch (InsException e) {
                // not a trait even as typed: missing from the local traits too
            }
        }

        private static String invalid(Trait trait, String where, Exception e) {
            return "the " + trait.label() + " (" + where + ") is not in INS form: " + e.getMessage();
        }

        /** The search for the INS among the identifiers. */
        private static final class InsSearch {
            private @Nullable InsIdentifier active;
            private final List<EarlierIdentifier> history = new ArrayList<>();
            private @Nullable Refusal refusal;

            void run(List<IdentifierClaim> claims) {
                List<InsIdentifier> actives = new ArrayList<>();
                List<IdentifierClaim> activeClaims = new ArrayList<>();
                for (IdentifierClaim claim : claims) {
                    InsIdentifier ins = check(claim);
                    if (refusal != null) {
                        return;
                    }
                    if (ins == null) {
                        continue;
                    }
                    if (claim.isEarlier()) {
                        history.add(new EarlierIdentifier(ins, claim.validFrom(), claim.validTo()));
                    } else {
                        actives.add(ins);
                        activeClaims.add(claim);
                    }
                }
                if (actives.size() > 1) {
                    List<InsIdentifier> nirs = actives.stream().filter(i -> !i.oid().isNia()).toList();
                    if (nirs.size() != 1) {
                        refusal = Refusal.of(Part.INS, Reason.TWO_INS, "the document has " + actives.size()
                                + " active INS identifiers (" + wheres(activeClaims) + "); send the patient's"
                                + " one INS");
                        return;
                    }
                    for (InsIdentifier nia : actives) {
                        if (nia.oid().isNia()) {
                            history.add(EarlierIdentifier.of(nia));
                        }
                    }
                    actives = nirs;
                }
                if (actives.isEmpty()) {
                    if (!history.isEmpty()) {
                        refusal = Refusal.of(Part.INS, Reason.MISSING_ACTIVE_INS, "the document has earlier"
                                + " (old) INS identifiers but no active one; they travel only with it");
                    }
                    return;
                }
                InsIdentifier found = actives.get(0);
                for (EarlierIdentifier earlier : history) {
                    if (earlier.identifier().equals(found)) {
                        refusal = Refusal.of(Part.INS, Reason.DUPLICATE_INS, "an earlier (old) INS identifier"
                                + " repeats the active one (MAT-6)");
                        return;
                    }
                }
                active = found;
            }

            private String wheres(List<IdentifierClaim> claims) {
                return String.join(", ", claims.stream().map(IdentifierClaim::where).toList());
            }

            /** The INS of a claim, null when it is not an INS; sets the refusal when it breaks a rule. */
            private @Nullable InsIdentifier check(IdentifierClaim claim) {
                InsOid oid;
                try {
                    oid = InsOid.parse(claim.oid());
                } catch (InvalidOidException e) {
                    if (claim.typedIns()) {
                        refusal = Refusal.of(Part.INS, Reason.WRONG_OID, "the OID of the INS identifier "
                                + claim.where() + " is not an INS OID (" + e.reason() + ", MAT-5)");
                    } else if (e.reason() == InvalidOidException.Reason.RETIRED_INS_C) {
                        refusal = Refusal.of(Part.INS, Reason.WRONG_OID, claim.where() + " has the OID of the"
                                + " retired INS-C (1.2.250.1.213.1.4.2), which must not be used as an INS");
                    }
                    return null;   // untyped: a local id, or the NSS (DIS-5)
                }
                String type = claim.typeCode();
                if (type != null && !type.equals(oid.typeCode())) {
                    refusal = Refusal.of(Part.INS, Reason.TYPE_MISMATCH, claim.where() + " has type " + type
                            + " but the OID of " + oid.typeCode() + " (MAT-5)");
                    return null;
                }
                String value = claim.value();
                if (value == null || value.length() != InsMatricule.LENGTH) {
                    refusal = Refusal.of(Part.INS, Reason.INVALID_MATRICULE, "the INS identifier " + claim.where()
                            + " has " + (value == null ? "no value" : "a value of " + value.length()
                            + " characters") + "; 15 are expected, without separators (MAT-1)");
                    return null;
                }
                try {
                    return InsIdentifier.of(InsMatricule.parse(value), oid);
                } catch (InvalidMatriculeException e) {
                    refusal = Refusal.of(Part.INS, Reason.INVALID_MATRICULE, "the INS identifier " + claim.where()
                            + " is not a valid matricule (" + e.reason() + ", MAT-1)");
                    return null;
                }
            }
        }
    }
}
