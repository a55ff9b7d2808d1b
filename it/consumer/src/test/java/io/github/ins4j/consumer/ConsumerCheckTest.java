package io.github.ins4j.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ins4j.matricule.InsMatricule;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The class path run: the same checks, and a jqwik property with the ins-testing provider. */
class ConsumerCheckTest {

    @Test
    void every_check_passes_on_the_class_path() {
        assertEquals(10, ConsumerCheck.run().size());
        assertFalse(ConsumerCheck.class.getModule().isNamed());
    }

    @Test
    void the_event_log_round_trips_through_hibernate_and_h2() {
        assertEquals("ins-jpa event log on H2 with Hibernate ORM", ConsumerCheck.jpaRoundTrip());
    }

    @Property(tries = 100)
    void generated_matricules_parse_back(@ForAll InsMatricule matricule) {
        assertEquals(matricule, InsMatricule.parse(matricule.value()));
    }
}
