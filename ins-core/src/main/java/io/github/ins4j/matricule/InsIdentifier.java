package io.github.ins4j.matricule;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * The INS identifier as INSi returns it: the matricule and the OID of its assigning authority.
 * Whether it is a NIR or an NIA, a production or a test identity, is told by the OID (MAT-5).
 *
 * <p>{@code toString()} is masked (MAT-7): {@code InsIdentifier[1 84 ** ** *** *** 35, INS-NIR]}.
 *
 * <pre>{@code
 * InsIdentifier ins = InsIdentifier.parse("184067505614435", "1.2.250.1.213.1.4.8");
 * ins.oid().isNia();        // false
 * ins.matricule().value();  // "184067505614435"
 * }</pre>
 *
 * @param matricule the matricule, never {@code null}
 * @param oid       the assigning authority, never {@code null}
 */
public record InsIdentifier(InsMatricule matricule, InsOid oid) {

    /**
     * Checks that neither part is {@code null}.
     *
     * @param matricule the matricule, never {@code null}
     * @param oid the assigning authority, never {@code null}
     * @throws NullPointerException if a part is {@code null}
     */
    public InsIdentifier {
        Objects.requireNonNull(matricule, "matricule must not be null");
        Objects.requireNonNull(oid, "oid must not be null");
    }

    /**
     * Pairs a matricule with its authority.
     *
     * @param matricule the matricule
     * @param oid       the authority
     * @return the identifier
     * @throws NullPointerException if a part is {@code null}
     */
    public static InsIdentifier of(InsMatricule matricule, InsOid oid) {
        return new InsIdentifier(matricule, oid);
    }

    /**
     * Parses the matricule and the OID (bare or {@code urn:oid:}) of an INS.
     *
     * @param matricule the matricule text, see {@link InsMatricule#parse(CharSequence)}
     * @param oid       the OID text, see {@link InsOid#parse(CharSequence)}
     * @return the identifier
     * @throws InvalidMatriculeException if the matricule is invalid
     * @throws InvalidOidException       if the OID is not an INS authority
     */
    public static InsIdentifier parse(@Nullable CharSequence matricule, @Nullable CharSequence oid) {
        return new InsIdentifier(InsMatricule.parse(matricule), InsOid.parse(oid));
    }

    /**
     * Returns the masked form, e.g. {@code InsIdentifier[1 84 ** ** *** *** 35, INS-NIR]}.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "InsIdentifier[" + matricule + ", " + oid.typeCode() + "]";
    }
}
