package io.github.ins4j.insi;

import io.github.ins4j.insi.InsiConfigurationException.Reason;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of the calling software, sent in every {@code ContexteLPS} header: the
 * authorisation number the CNDA gave it ({@code IDAM R="4"}), its name and version
 * ({@code Nom = urn:lps:<name>:<version>}) and the UUID of this installation ({@code Instance}),
 * stable for the life of the installation.
 *
 * <pre>{@code
 * SoftwareIdentity software = SoftwareIdentity.of("AM-12345-0001", "MyPharmacy", "4.2.0",
 *         UUID.fromString("2f1c6a3e-8d5b-4c1e-9a7f-0b6d2e4c8a10"));
 * software.lpsName();   // "urn:lps:MyPharmacy:4.2.0"
 * }</pre>
 */
public final class SoftwareIdentity {

    private static final int MAX_LENGTH = 100;

    private final String authorisationNumber;
    private final String name;
    private final String version;
    private final UUID installation;

    private SoftwareIdentity(String authorisationNumber, String name, String version, UUID installation) {
        this.authorisationNumber = authorisationNumber;
        this.name = name;
        this.version = version;
        this.installation = installation;
    }

    /**
     * Builds the software identity.
     *
     * @param authorisationNumber the CNDA authorisation number ({@code IDAM})
     * @param name                the software name, without {@code :}
     * @param version             the software version, without {@code :}
     * @param installation        the UUID of this installation
     * @return the identity
     * @throws InsiConfigurationException with {@code INVALID_SETTING} for a blank, too long (over
     *     100 characters) or control-character value, or a {@code :} in the name or version
     */
    public static SoftwareIdentity of(String authorisationNumber, String name, String version, UUID installation) {
        Objects.requireNonNull(installation, "installation must not be null");
        return new SoftwareIdentity(check(authorisationNumber, "authorisationNumber", false),
                check(name, "name", true), check(version, "version", true), installation);
    }

    private static String check(String value, String what, boolean noColon) {
        Objects.requireNonNull(value, what + " must not be null");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new InsiConfigurationException(Reason.INVALID_SETTING, "the software " + what
                    + " must have 1 to " + MAX_LENGTH + " characters, not only spaces", null);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || (noColon && c == ':')) {
                throw new InsiConfigurationException(Reason.INVALID_SETTING, "the software " + what
                        + " holds a control character, a surrogate or a ':' at index " + i, null);
            }
        }
        return value;
    }

    /**
     * Returns the CNDA authorisation number, sent as {@code IDAM}.
     *
     * @return the number
     */
    public String authorisationNumber() {
        return authorisationNumber;
    }

    /**
     * Returns the software name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the software version.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * Returns the installation UUID, sent as {@code Instance}.
     *
     * @return the UUID
     */
    public UUID installation() {
        return installation;
    }

    /**
     * Returns the {@code Nom} of {@code ContexteLPS}: {@code urn:lps:<name>:<version>}.
     *
     * @return the LPS name
     */
    public String lpsName() {
        return "urn:lps:" + name + ":" + version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SoftwareIdentity s && s.authorisationNumber.equals(authorisationNumber)
                && s.name.equals(name) && s.version.equals(version) && s.installation.equals(installation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(authorisationNumber, name, version, installation);
    }

    /**
     * Returns the software name and version (no personal data here).
     *
     * @return e.g. {@code SoftwareIdentity[MyPharmacy 4.2.0]}
     */
    @Override
    public String toString() {
        return "SoftwareIdentity[" + name + " " + version + "]";
    }
}
