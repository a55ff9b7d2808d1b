package io.github.ins4j.exchange;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One patient identifier as a document gives it — its assigning authority (OID), its value, and
 * whether the document types it as an INS — for {@link ClaimedIdentity.Builder#identifier} to tell
 * whether it is the INS. Nothing is checked here: the builder checks every rule, once for the
 * three formats, and refuses the INS with the reason when one breaks.
 *
 * <ul>
 *   <li>{@link #of}: an identifier without a type (CDA {@code id}, an HL7 v2 CX of another type):
 *       an INS when its OID is an INS OID; the root of the retired INS-C refuses the INS; other
 *       identifiers (IPP, the billing NSS, DIS-5) are not the INS and are ignored.</li>
 *   <li>{@link #typedIns}: an identifier that the document says is an INS (FHIR type
 *       {@code INS-NIR}..., HL7 v2 type {@code INS}): its OID must be an INS OID, of that type.</li>
 * </ul>
 *
 * <pre>{@code
 * IdentifierClaim.of("patientRole/id[1]", "1.2.250.1.213.1.4.8", "289046912312018");
 * IdentifierClaim.typedIns("identifier[0]", "urn:oid:1.2.250.1.213.1.4.9", value, "INS-NIA")
 *         .earlier(null, null);   // use = old
 * }</pre>
 */
public final class IdentifierClaim {

    private final String where;
    private final @Nullable String oid;
    private final @Nullable String value;
    private final boolean typedIns;
    private final @Nullable String typeCode;
    private final boolean earlier;
    private final @Nullable LocalDate validFrom;
    private final @Nullable LocalDate validTo;

    private IdentifierClaim(String where, @Nullable String oid, @Nullable String value, boolean typedIns,
            @Nullable String typeCode, boolean earlier, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
        this.where = Objects.requireNonNull(where, "where must not be null");
        this.oid = oid;
        this.value = value;
        this.typedIns = typedIns;
        this.typeCode = typeCode;
        this.earlier = earlier;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /**
     * An identifier without an INS type: the INS when its OID is an INS OID.
     *
     * @param where where it stands in the document, for messages ({@code patientRole/id[2]})
     * @param oid   the OID of its assigning authority, as written (a {@code urn:oid:} prefix is
     *              accepted), or {@code null}
     * @param value its value, or {@code null}
     * @return the claim
     * @throws NullPointerException if {@code where} is {@code null}
     */
    public static IdentifierClaim of(String where, @Nullable String oid, @Nullable String value) {
        return new IdentifierClaim(where, oid, value, false, null, false, null, null);
    }

    /**
     * An identifier that the document types as an INS.
     *
     * @param where    where it stands in the document, for messages ({@code identifier[0]})
     * @param oid      the OID of its assigning authority, as written, or {@code null}
     * @param value    its value, or {@code null}
     * @param typeCode the FR Core type code ({@code INS-NIR}, {@code INS-NIA}, {@code INS-NIR-TEST},
     *                 {@code INS-NIR-DEMO}) that must go with the OID, or {@code null} when the
     *                 format's type does not tell the authority (HL7 v2 {@code INS})
     * @return the claim
     * @throws NullPointerException if {@code where} is {@code null}
     */
    public static IdentifierClaim typedIns(String where, @Nullable String oid, @Nullable String value,
            @Nullable String typeCode) {
        return new IdentifierClaim(where, oid, value, true, typeCode, false, null, null);
    }

    /**
     * Returns the same identifier marked as an earlier one (FHIR {@code use = old}, MAT-6), valid
     * over the given period.
     *
     * @param from the first day it was valid, if known
     * @param to   the last day it was valid, if known
     * @return a new claim
     */
    public IdentifierClaim earlier(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new IdentifierClaim(where, oid, value, typedIns, typeCode, true, from, to);
    }

    String where() {
        return where;
    }

    @Nullable String oid() {
        return oid;
    }

    @Nullable String value() {
        return value;
    }

    boolean typedIns() {
        return typedIns;
    }

    @Nullable String typeCode() {
        return typeCode;
    }

    boolean isEarlier() {
        return earlier;
    }

    Optional<LocalDate> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    Optional<LocalDate> validTo() {
        return Optional.ofNullable(validTo);
    }

    /**
     * Returns where the identifier stands and whether it is typed as an INS; never its value.
     *
     * @return e.g. {@code IdentifierClaim[identifier[0], typed INS, earlier, masked]}
     */
    @Override
    public String toString() {
        return "IdentifierClaim[" + where + (typedIns ? ", typed INS" : "") + (earlier ? ", earlier" : "")
                + ", masked]";
    }
}
