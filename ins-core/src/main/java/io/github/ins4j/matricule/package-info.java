/**
 * The INS matricule (the person's NIR, or an NIA while a NIR is pending), the OIDs of the
 * authorities that assign it, and the pair INSi returns: the {@link io.github.ins4j.matricule.InsIdentifier}.
 *
 * <p>Start with {@link io.github.ins4j.matricule.InsMatricule#parse(CharSequence)}:
 * <pre>{@code
 * InsMatricule matricule = InsMatricule.parse("1 84 06 75 056 144 35");
 * matricule.value();                        // "184067505614435", the only way to get it whole
 * matricule.toString();                     // "1 84 ** ** *** *** 35", masked (MAT-7)
 * InsIdentifier ins = InsIdentifier.of(matricule, InsOid.NIR);
 * }</pre>
 *
 * <p>Rules implemented here, with their ids in the ins4j domain reference
 * ({@code spec/01-matricule.md}): MAT-1 (key), MAT-2 (detection power of the key), MAT-3 (accepted
 * characters), MAT-4 (accepted values), MAT-5 (NIR or NIA comes from the OID), MAT-7 (masking),
 * MAT-8 (formats). MAT-6 (earlier matricules) belongs to the INS identity.
 *
 * <p>Runnable example: {@code ParseMatriculeExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/ParseMatriculeExample.java}).
 */
@NullMarked
package io.github.ins4j.matricule;

import org.jspecify.annotations.NullMarked;
