package io.github.ins4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.matricule.MatriculeFormat;

/** Fuzz targets of the matricule (MAT-1 … MAT-8) and the OIDs. */
class MatriculeFuzzTest {

    @FuzzTest
    void matricule(byte[] data) {
        Input input = Input.of(data);
        boolean fields = input.mode() % 2 == 1;
        String text = input.text();
        if (fields) {
            // InsMatricule.of(NumIdentifiant, Cle): the first 13 characters and the rest.
            String num = text.substring(0, Math.min(13, text.length()));
            String cle = text.substring(num.length());
            InsMatricule m = Invariants.orRefused(() -> InsMatricule.of(num, cle), InvalidMatriculeException.class);
            // INSi fields are strict: 13 and 2 characters, no separator in NumIdentifiant.
            boolean noSeparator = num.chars().noneMatch(c -> c == ' ' || c == '.' || c == '\u00A0' || c == '\u202F');
            assertThat(m != null).isEqualTo(InsMatricule.isValid(num + cle) && num.length() == 13
                    && cle.length() == 2 && noSeparator);
            return;
        }
        InsMatricule m = Invariants.orRefused(() -> InsMatricule.parse(text), InvalidMatriculeException.class);
        // isValid agrees with parse; a valid matricule is always found by the detector.
        assertThat(InsMatricule.isValid(text)).isEqualTo(m != null);
        boolean contained = InsMatricule.containsMatricule(text);
        if (m != null) {
            assertThat(contained).isTrue();
            // parse(format(x)) equals x, in both forms (MAT-8).
            assertThat(InsMatricule.parse(m.value())).isEqualTo(m);
            assertThat(InsMatricule.parse(m.format(MatriculeFormat.DISPLAY))).isEqualTo(m);
            assertThat(InsMatricule.of(m.numIdentifiant(), m.value().substring(13))).isEqualTo(m);
            assertThat(m.toString()).doesNotContain(m.value().substring(3, 13));
        }
    }

    @FuzzTest
    void oid(byte[] data) {
        Input input = Input.of(data);
        String oid = input.field(0);
        String matricule = input.field(1);
        InsOid parsed = Invariants.orRefused(() -> InsOid.parse(oid), InvalidOidException.class);
        if (parsed != null) {
            assertThat(InsOid.parse(parsed.oid())).isEqualTo(parsed);
            assertThat(InsOid.parse(parsed.urn())).isEqualTo(parsed);
        }
        try {
            InsIdentifier identifier = InsIdentifier.parse(matricule, oid);
            Invariants.noMatricule(identifier.toString());
            assertThat(InsIdentifier.parse(identifier.matricule().value(), identifier.oid().oid())).isEqualTo(identifier);
        } catch (InvalidMatriculeException | InvalidOidException refused) {
            Invariants.noMatricule(refused.getMessage());
        }
    }
}
