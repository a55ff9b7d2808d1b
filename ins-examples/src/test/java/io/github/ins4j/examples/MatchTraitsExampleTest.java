package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.matching.Outcome;
import io.github.ins4j.matching.Verdict;
import io.github.ins4j.traits.Trait;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MatchTraitsExampleTest {

    @Test
    void hamadi_is_refused_and_garcia_matches() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MatchTraitsExample.Outcomes outcomes =
                MatchTraitsExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String trace = bytes.toString(StandardCharsets.UTF_8);

        assertThat(outcomes.wrongPerson().verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(outcomes.wrongPerson().comparison(Trait.BIRTH_NAME).outcome()).isEqualTo(Outcome.DIFFERENT);
        assertThat(outcomes.wrongPerson().comparison(Trait.BIRTH_FIRST_NAMES).outcome())
                .isEqualTo(Outcome.DIFFERENT);
        assertThat(outcomes.samePerson().verdict()).isEqualTo(Verdict.MATCH);
        assertThat(outcomes.identity().coherence().isCoherent()).isTrue();
        assertThat(trace)
                .contains("HAMADI answer  : MISMATCH")
                .contains("why          : birth name DIFFERENT (the birth names differ)")
                .contains("GARCIA answer  : MATCH")
                .doesNotContain("GARCIA SARAH").doesNotContain("SARAH-LOU").doesNotContain("1989-04-12");
    }
}
