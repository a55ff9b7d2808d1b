package io.github.ins4j.disclosure;

import java.util.EnumSet;
import java.util.Set;

/**
 * The spec's DIS-3 list, written again on the test side so that the tests do not read the rule
 * from the code they check: billing, both insurers, and research (an ins4j decision).
 */
public final class Purposes {

    /** The purposes that never carry the INS, whatever the status. */
    public static final Set<DocumentPurpose> FORBIDDING = EnumSet.of(DocumentPurpose.BILLING,
            DocumentPurpose.MANDATORY_INSURER, DocumentPurpose.COMPLEMENTARY_INSURER, DocumentPurpose.RESEARCH);

    private Purposes() {
    }

    /**
     * Tells whether the purpose never carries the INS (DIS-3, and research).
     *
     * @param purpose the purpose
     * @return whether it forbids the INS
     */
    public static boolean forbidsIns(DocumentPurpose purpose) {
        return FORBIDDING.contains(purpose);
    }
}
