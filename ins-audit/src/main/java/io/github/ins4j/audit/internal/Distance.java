package io.github.ins4j.audit.internal;

/** String distances on normalised names. */
public final class Distance {

    private Distance() {
    }

    /**
     * Tells whether the Jaro–Winkler similarity reaches a threshold, first ruling out pairs whose
     * lengths alone keep it under (no allocation for those).
     *
     * @param a one text
     * @param b the other
     * @param threshold the similarity to reach
     * @return {@code true} when {@code jaroWinkler(a, b) >= threshold}
     */
    public static boolean jaroWinklerAtLeast(String a, String b, double threshold) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return a.equals(b) && threshold <= 1.0;
        }
        // an upper bound of the common characters, with no allocation: the characters of b whose
        // letter appears in a (counts each repeat, so never below the true count)
        long present = 0;
        for (int i = 0; i < la; i++) {
            present |= 1L << (a.charAt(i) & 63);
        }
        int common = 0;
        for (int i = 0; i < lb; i++) {
            if ((present & (1L << (b.charAt(i) & 63))) != 0) {
                common++;
            }
        }
        common = Math.min(common, Math.min(la, lb));
        if (common == 0) {
            return threshold <= 0.0;
        }
        double m = common;
        double bestJaro = (m / la + m / lb + 1.0) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) {
            prefix++;
        }
        if (bestJaro + prefix * 0.1 * (1.0 - bestJaro) < threshold) {
            return false;
        }
        return jaroWinkler(a, b) >= threshold;
    }

    /**
     * Jaro–Winkler similarity, prefix scale 0.1 on at most 4 characters.
     *
     * @param a one text
     * @param b the other
     * @return 1 for equal texts, 0 for nothing in common
     */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        if (la <= 64 && lb <= 64) {
            return winkler(a, b, jaroShort(a, b, window));
        }
        boolean[] ma = new boolean[la];
        boolean[] mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        return winkler(a, b, (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0);
    }

    private static double winkler(String a, String b, double jaro) {
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(i) == b.charAt(i); i++) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /** Jaro similarity of texts of at most 64 characters, matches kept in bit masks. */
    private static double jaroShort(String a, String b, int window) {
        int la = a.length();
        int lb = b.length();
        long ma = 0;
        long mb = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((mb & (1L << j)) == 0 && a.charAt(i) == b.charAt(j)) {
                    ma |= 1L << i;
                    mb |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if ((ma & (1L << i)) != 0) {
                while ((mb & (1L << k)) == 0) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    }

    /**
     * Tells whether two texts differ by at most one edit: one substitution, insertion, deletion or
     * swap of two neighbouring characters.
     *
     * @param a one text
     * @param b the other
     * @return {@code true} when equal or one edit apart
     */
    public static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // swap
        }
        if (la > lb) {
            return a.regionMatches(i + 1, b, i, lb - i);
        }
        return b.regionMatches(i + 1, a, i, la - i);
    }
}
