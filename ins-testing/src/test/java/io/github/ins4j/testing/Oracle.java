package io.github.ins4j.testing;

import java.math.BigInteger;

/** MAT-1 as the spec states it, written independently of the code under test. */
final class Oracle {

    private Oracle() {
    }

    static int key(String thirteen) {
        String n = thirteen.replace("2A", "19").replace("2B", "18");
        return 97 - new BigInteger(n).mod(BigInteger.valueOf(97)).intValueExact();
    }
}
