package io.github.ins4j.mssante;

import io.github.ins4j.matricule.InsMatricule;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The domain of MSSanté patient mailboxes: {@link #PRODUCTION} ({@code patient.mssante.fr}) or a
 * test domain chosen explicitly with {@link #test(String)} (MSS-2). There is no other way to make
 * one: a test domain is never the production name, and the production domain is only
 * {@code patient.mssante.fr}.
 *
 * <pre>{@code
 * MssanteDomain.PRODUCTION.name();                       // "patient.mssante.fr"
 * MssanteDomain.test("patient.mssante.test").kind();     // TEST
 * }</pre>
 */
public final class MssanteDomain {

    /** Whether a domain is the production one or a test one. */
    public enum Kind {
        /** {@code patient.mssante.fr}: production OIDs only. */
        PRODUCTION,
        /** A test domain: test and demonstration OIDs only. */
        TEST
    }

    /** The production domain, {@code patient.mssante.fr}. */
    public static final MssanteDomain PRODUCTION = new MssanteDomain("patient.mssante.fr", Kind.PRODUCTION);

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private final String name;
    private final Kind kind;

    private MssanteDomain(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    /**
     * A test domain, for addresses of test and demonstration identities only.
     *
     * @param name the domain, e.g. {@code patient.mssante.test}
     * @return the test domain
     * @throws MssanteAddressException with {@code INVALID_TEST_DOMAIN} if it is the production domain
     *     or not a domain name
     */
    public static MssanteDomain test(@Nullable String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.equals(PRODUCTION.name) || lower.length() > 253 || !DOMAIN.matcher(lower).matches()
                || InsMatricule.containsMatricule(lower)) {
            throw new MssanteAddressException(MssanteAddressException.Reason.INVALID_TEST_DOMAIN,
                    "a test domain is a domain name other than " + PRODUCTION.name + ", without a matricule in it");
        }
        return new MssanteDomain(lower, Kind.TEST);
    }

    /**
     * Returns the domain name, lower case.
     *
     * @return e.g. {@code patient.mssante.fr}
     */
    public String name() {
        return name;
    }

    /**
     * Returns whether it is the production domain or a test one.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Compares name and kind.
     *
     * @param other the object to compare with
     * @return whether it is the same domain
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MssanteDomain && ((MssanteDomain) other).name.equals(name)
                && ((MssanteDomain) other).kind == kind;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return name.hashCode() * 31 + kind.hashCode();
    }

    /**
     * Returns e.g. {@code MssanteDomain[patient.mssante.fr, PRODUCTION]}.
     *
     * @return the domain and its kind
     */
    @Override
    public String toString() {
        return "MssanteDomain[" + name + ", " + kind + "]";
    }
}
