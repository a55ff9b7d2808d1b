package io.github.ins4j.audit;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Blocking keys and the sorted key arrays of the passes. A key is a 39-bit hash of the pass's
 * fields (never 0; 0 means "no key", a field is missing); a sorted array packs the key above a
 * 24-bit record index, so one {@code long[]} sort groups a pass's blocks, records in index order.
 */
final class Blocking {

    static final int INDEX_BITS = 24;
    static final int MAX_RECORDS = (1 << INDEX_BITS) - 1;
    private static final long KEY_MASK = (1L << 39) - 1;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private Blocking() {
    }

    static long key(BlockingPass pass, Prepared r) {
        long h;
        switch (pass) {
            case BIRTH_DATE -> {
                if (r.dateKind == Prepared.DATE_MISSING) {
                    return 0;
                }
                int lo = Math.min(r.month(), r.day());
                int hi = Math.max(r.month(), r.day());
                h = mix(mix(1, r.year()), lo * 100 + hi);
            }
            case NAME_FIRST_NAME_SEX -> {
                String n = r.nameKey;
                String f = r.firstKey;
                if (n == null || n.isEmpty() || f == null || f.isEmpty() || r.sex == 0) {
                    return 0;
                }
                h = mix(mix(mix(2, n.hashCode()), f.hashCode()), r.sex);
            }
            case FIRST_NAME_YEAR_PLACE -> {
                String f = r.firstKey;
                String p = r.place;
                if (f == null || f.isEmpty() || p == null || r.dateKind == Prepared.DATE_MISSING) {
                    return 0;
                }
                h = mix(mix(mix(3, f.hashCode()), r.year()), PairScorer.area(p).hashCode());
            }
            case YEAR_SEX_INITIALS -> {
                String names = r.firstNames;
                if (names == null || r.sex == 0 || r.dateKind == Prepared.DATE_MISSING) {
                    return 0;
                }
                h = mix(mix(mix(4, r.year()), r.sex), initials(names).hashCode());
            }
            case NAME_YEAR -> {
                String n = r.nameKey;
                if (n == null || n.isEmpty() || r.dateKind == Prepared.DATE_MISSING) {
                    return 0;
                }
                h = mix(mix(5, prefix(n).hashCode()), r.year());
            }
            case FIRST_NAME_DAY_MONTH, NAME_DAY_MONTH -> {
                String f = pass == BlockingPass.NAME_DAY_MONTH ? prefixOrNull(r.nameKey) : r.firstKey;
                if (f == null || f.isEmpty() || r.dateKind != Prepared.DATE_EXACT) {
                    return 0;
                }
                int lo = Math.min(r.month(), r.day());
                int hi = Math.max(r.month(), r.day());
                h = mix(mix(pass == BlockingPass.NAME_DAY_MONTH ? 7 : 8, f.hashCode()), lo * 100 + hi);
            }
            case INITIALS_DAY_MONTH -> {
                String names = r.firstNames;
                if (names == null || r.dateKind != Prepared.DATE_EXACT) {
                    return 0;
                }
                int lo = Math.min(r.month(), r.day());
                int hi = Math.max(r.month(), r.day());
                h = mix(mix(9, initials(names).hashCode()), lo * 100 + hi);
            }
            default -> {
                return 0;
            }
        }
        long k = h & KEY_MASK;
        return k == 0 ? 1 : k;
    }

    /**
     * The piece of the record of rank {@code rank} (from 0, records sorted by local id) in a block
     * split into pieces of at most {@code max} records: the split of oversized blocks, shared by
     * {@link IdentityAudit} and {@link AuditKernel}.
     */
    static int piece(long rank, int max) {
        return (int) (rank / max);
    }

    /** The first four letters of a phonetic key: a typo further in the name keeps the block. */
    static String prefix(String key) {
        return key.length() > 4 ? key.substring(0, 4) : key;
    }

    private static @Nullable String prefixOrNull(@Nullable String key) {
        return key == null ? null : prefix(key);
    }

    /** First three letters of the first two first names: {@code JEA/PIE}. */
    static String initials(String names) {
        StringBuilder sb = new StringBuilder(8);
        int token = 0;
        int inToken = 0;
        for (int i = 0; i < names.length() && token < 2; i++) {
            char c = names.charAt(i);
            if (c == ' ' || c == '-' || c == '\'') {
                if (inToken > 0) {
                    token++;
                    inToken = 0;
                    if (token < 2) {
                        sb.append('/');
                    }
                }
            } else if (inToken < 3) {
                sb.append(c);
                inToken++;
            } else {
                inToken++;
            }
        }
        return sb.toString();
    }

    private static long mix(long h, long v) {
        long x = (h ^ v) * 0x9E3779B97F4A7C15L;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 32);
    }

    /** Packs key and index; sorts; entries without a key are left out. */
    static long[] sorted(long[] keys) {
        int count = 0;
        for (long k : keys) {
            if (k != 0) {
                count++;
            }
        }
        long[] packed = new long[count];
        int j = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                packed[j++] = (keys[i] << INDEX_BITS) | i;
            }
        }
        Arrays.sort(packed);
        return packed;
    }

    static long keyOf(long packed) {
        return packed >>> INDEX_BITS;
    }

    static int indexOf(long packed) {
        return (int) (packed & INDEX_MASK);
    }

    /** The first position of {@code key} in a sorted packed array, or -1. */
    static int firstOf(long[] packed, long key) {
        int pos = Arrays.binarySearch(packed, key << INDEX_BITS);
        if (pos < 0) {
            pos = -pos - 1;
        }
        return pos < packed.length && keyOf(packed[pos]) == key ? pos : -1;
    }
}
