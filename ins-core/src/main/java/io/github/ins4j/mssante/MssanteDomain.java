package io.github.ins4j.mssante;

import org.jspecify.annotations.Nullable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The domain of MSSanté patient mailboxes: {@link #PRODUCTION} ({@code patient.mssante.fr}) or a
 * test domain chosen explicitly with {@link #test(String)} (MSS-2).
 *
 * @param name      the domain name, lower case
 * @param isTest    whether it is a test domain
 */
public record MssanteDomain(String name, boolean isTest) {

    /** The production domain, {@code patient.mssante.fr}. */
    public static final MssanteDomain PRODUCTION = new MssanteDomain("patient.mssante.fr", false);

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    /**
     * Checks the name.
     *
     * @param name the domain name, lower case
     * @param isTest whether it is a test domain
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public MssanteDomain {
        Objects.requireNonNull(name, "name must not be null");
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
        if (lower.equals(PRODUCTION.name()) || lower.length() > 253 || !DOMAIN.matcher(lower).matches()) {
            throw new MssanteAddressException(MssanteAddressException.Reason.INVALID_TEST_DOMAIN,
                    "a test domain is a domain name other than " + PRODUCTION.name());
        }
        return new MssanteDomain(lower, true);
    }
}
