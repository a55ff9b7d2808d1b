package io.github.ins4j.qualification;

import java.util.Collection;

/**
 * The RNIV attributes of an identity (FR Core identity-reliability extension, RNIV volet 1
 * §3.2.3, EXI SI 09).
 *
 * <ul>
 *   <li><b>QUA-1</b>: a doubtful or fictitious identity is provisional, and INSi must not be called
 *       for it.</li>
 *   <li><b>QUA-2</b>: doubtful and fictitious cannot be combined; fictitious cannot be combined with
 *       homonym; doubtful and homonym can.</li>
 * </ul>
 */
public enum IdentityAttribute {
    /** Identité douteuse ({@code DOUT}). */
    DOUBTFUL("DOUT"),
    /** Identité fictive ({@code FICT}). */
    FICTITIOUS("FICT"),
    /** Homonymie ({@code HOMA}). */
    HOMONYM("HOMA");

    private final String code;

    IdentityAttribute(String code) {
        this.code = code;
    }

    /**
     * Returns the FR Core code.
     *
     * @return {@code DOUT}, {@code FICT} or {@code HOMA}
     */
    public String code() {
        return code;
    }

    /**
     * Tells whether this attribute forbids INSi calls and any status but provisional (QUA-1).
     *
     * @return {@code true} for {@link #DOUBTFUL} and {@link #FICTITIOUS}
     */
    public boolean blocksQualification() {
        return this != HOMONYM;
    }

    /**
     * Tells whether a set of attributes forbids INSi calls and any status but provisional (QUA-1):
     * the one place where the rule is decided for a whole identity.
     *
     * <pre>{@code
     * IdentityAttribute.blockQualification(Set.of(IdentityAttribute.HOMONYM));   // false
     * }</pre>
     *
     * @param attributes the attributes of an identity
     * @return {@code true} when one of them is doubtful or fictitious
     */
    public static boolean blockQualification(Collection<IdentityAttribute> attributes) {
        for (IdentityAttribute attribute : attributes) {
            if (attribute.blocksQualification()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether two attributes may be set together (QUA-2).
     *
     * @param other the other attribute
     * @return {@code false} for doubtful + fictitious and fictitious + homonym
     */
    public boolean combinesWith(IdentityAttribute other) {
        if (this == other) {
            return true;
        }
        return !(this == FICTITIOUS || other == FICTITIOUS);
    }
}
