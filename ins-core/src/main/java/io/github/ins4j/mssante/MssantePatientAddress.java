package io.github.ins4j.mssante;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.disclosure.DisclosedIdentity;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.MatriculeFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The patient's MSSanté address (messagerie de Mon espace santé):
 * {@code <matricule>@patient.mssante.fr}.
 *
 * <ul>
 *   <li><b>MSS-1</b> the local part is the 15-character matricule, no separator.</li>
 *   <li><b>MSS-2</b> it is derived only from the active matricule of a qualified identity with a
 *       production OID (INS-NIR, INS-NIA); test and demonstration OIDs only in a test domain chosen
 *       explicitly, and production OIDs never in a test domain. Otherwise the derivation is refused
 *       with its reason: an unreliable matricule would address another person.</li>
 *   <li><b>MSS-3</b> {@link #parse} reads an address back, checking the domain and the matricule
 *       (key included) with the OID the caller supplies.</li>
 *   <li><b>MSS-4</b> personal data: {@code toString()} is masked.</li>
 * </ul>
 *
 * <pre>{@code
 * MssantePatientAddress address = MssantePatientAddress.from(
 *         Disclosure.decide(qualifiedRecord, DocumentPurpose.MSSANTE_TO_PATIENT));
 * address.value();      // "184067505614435@patient.mssante.fr"
 * address.toString();   // "184**********35@patient.mssante.fr"
 * }</pre>
 */
public final class MssantePatientAddress {

    private final InsIdentifier identifier;
    private final MssanteDomain domain;

    private MssantePatientAddress(InsIdentifier identifier, MssanteDomain domain) {
        this.identifier = identifier;
        this.domain = domain;
    }

    /**
     * Derives the production address from a disclosure decision that lets the document carry the
     * INS (MSS-2: a qualified identity, a care purpose).
     *
     * <pre>{@code
     * DisclosureDecision toPatient = Disclosure.decide(record, DocumentPurpose.MSSANTE_TO_PATIENT);
     * MssantePatientAddress address = MssantePatientAddress.from(toPatient);
     * }</pre>
     *
     * @param decision the disclosure decision for the message
     * @return the address
     * @throws MssanteAddressException with {@code NOT_QUALIFIED}, {@code INS_NOT_DISCLOSED} or
     *     {@code TEST_OID}
     * @throws NullPointerException if {@code decision} is {@code null}
     */
    public static MssantePatientAddress from(DisclosureDecision decision) {
        return from(decision, MssanteDomain.PRODUCTION);
    }

    /**
     * Derives the address in a domain from a disclosure decision that lets the document carry the
     * INS: production OIDs in the production domain only, test and demonstration OIDs in a test
     * domain only (MSS-2).
     *
     * @param decision the disclosure decision for the message
     * @param domain   the domain, {@link MssanteDomain#PRODUCTION} or a {@link MssanteDomain#test test} one
     * @return the address
     * @throws MssanteAddressException with {@code NOT_QUALIFIED} (the identity is not qualified),
     *     {@code INS_NOT_DISCLOSED} (the purpose never carries the INS), {@code TEST_OID} or
     *     {@code PRODUCTION_OID_IN_TEST_DOMAIN}
     * @throws NullPointerException if an argument is {@code null}
     */
    public static MssantePatientAddress from(DisclosureDecision decision, MssanteDomain domain) {
        Objects.requireNonNull(decision, "decision must not be null");
        Objects.requireNonNull(domain, "domain must not be null");
        if (decision.identity() instanceof DisclosedIdentity.WithIns ins) {
            return of(ins.identifier(), domain);
        }
        boolean notQualified = decision.reason() == DisclosureDecision.Reason.NOT_QUALIFIED;
        throw new MssanteAddressException(notQualified ? MssanteAddressException.Reason.NOT_QUALIFIED
                : MssanteAddressException.Reason.INS_NOT_DISCLOSED,
                notQualified ? "the identity is " + decision.status() + "; only a qualified identity has an address"
                        : "a " + decision.purpose().code() + " document never carries the INS ("
                        + decision.reason() + ")");
    }

    private static MssantePatientAddress of(InsIdentifier identifier, MssanteDomain domain) {
        boolean production = identifier.oid().isProduction();
        if (domain.kind() == MssanteDomain.Kind.PRODUCTION && !production) {
            throw new MssanteAddressException(MssanteAddressException.Reason.TEST_OID,
                    "the OID " + identifier.oid().typeCode() + " is a test or demonstration one;"
                    + " choose a test domain explicitly");
        }
        if (domain.kind() == MssanteDomain.Kind.TEST && production) {
            throw new MssanteAddressException(MssanteAddressException.Reason.PRODUCTION_OID_IN_TEST_DOMAIN,
                    "the OID " + identifier.oid().typeCode() + " is a production one; a real patient's"
                    + " address never goes to a test domain");
        }
        return new MssantePatientAddress(identifier, domain);
    }

    /**
     * Parses a production address back (MSS-3).
     *
     * @param address the address, e.g. {@code 184067505614435@patient.mssante.fr}
     * @param oid     the OID of the matricule, as the caller knows it (the address does not say)
     * @return the address
     * @throws MssanteAddressException with {@code MALFORMED}, {@code WRONG_DOMAIN},
     *     {@code INVALID_MATRICULE} or {@code TEST_OID}
     */
    public static MssantePatientAddress parse(@Nullable CharSequence address, InsOid oid) {
        return parse(address, oid, MssanteDomain.PRODUCTION);
    }

    /**
     * Parses an address back in the given domain (MSS-3).
     *
     * @param address the address
     * @param oid     the OID of the matricule
     * @param domain  the expected domain
     * @return the address
     * @throws MssanteAddressException if the address is not one of that domain with a valid matricule
     */
    public static MssantePatientAddress parse(@Nullable CharSequence address, InsOid oid,
            MssanteDomain domain) {
        Objects.requireNonNull(oid, "oid must not be null");
        Objects.requireNonNull(domain, "domain must not be null");
        if (address == null || address.length() > 320) {
            throw new MssanteAddressException(MssanteAddressException.Reason.MALFORMED,
                    "the address is null or longer than an e-mail address can be");
        }
        String text = address.toString();
        int at = text.indexOf('@');
        if (at < 0 || at != text.lastIndexOf('@')) {
            throw new MssanteAddressException(MssanteAddressException.Reason.MALFORMED,
                    "an address has exactly one @");
        }
        if (!text.substring(at + 1).toLowerCase(Locale.ROOT).equals(domain.name())) {
            throw new MssanteAddressException(MssanteAddressException.Reason.WRONG_DOMAIN,
                    "the domain is not " + domain.name());
        }
        String local = text.substring(0, at);
        if (local.length() != InsMatricule.LENGTH || !InsMatricule.isValid(local)) {
            throw new MssanteAddressException(MssanteAddressException.Reason.INVALID_MATRICULE,
                    "the local part is not a valid 15-character matricule (key checked, no separator)");
        }
        return of(InsIdentifier.of(InsMatricule.parse(local), oid), domain);
    }

    /**
     * Returns the whole address (MSS-1). Personal data.
     *
     * @return e.g. {@code 184067505614435@patient.mssante.fr}
     */
    public String value() {
        return identifier.matricule().format(MatriculeFormat.COMPACT) + "@" + domain.name();
    }

    /**
     * Returns the INS identifier the address was derived from or parsed to.
     *
     * @return the identifier
     */
    public InsIdentifier identifier() {
        return identifier;
    }

    /**
     * Returns the domain.
     *
     * @return the domain
     */
    public MssanteDomain domain() {
        return domain;
    }

    /**
     * Compares the matricule, OID and domain.
     *
     * @param other the object to compare with
     * @return whether it is the same address
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof MssantePatientAddress
                && ((MssantePatientAddress) other).identifier.equals(identifier)
                && ((MssantePatientAddress) other).domain.equals(domain);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return identifier.hashCode() * 31 + domain.hashCode();
    }

    /**
     * Returns the masked address (MSS-4): sex digit, birth year and key kept, e.g.
     * {@code 184**********35@patient.mssante.fr}.
     *
     * @return the masked address
     */
    @Override
    public String toString() {
        String masked = identifier.matricule().toString(); // "1 84 ** ** *** *** 35"
        return masked.replace(" ", "") + "@" + domain.name();
    }
}
