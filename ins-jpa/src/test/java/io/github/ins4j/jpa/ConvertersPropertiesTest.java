package io.github.ins4j.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.error.InsException;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.testing.InsArbitraries;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Traits;
import jakarta.persistence.AttributeConverter;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The column forms: every value survives its converter; a damaged column is refused, not shown. */
class ConvertersPropertiesTest {

    @Provide
    Arbitrary<InsIdentity> identities() {
        return InsArbitraries.identities().withUncertainBirthDates();
    }

    @Property(tries = 300)
    void MAT_8_TRT_8_every_value_survives_its_column(@ForAll("identities") InsIdentity identity,
            @ForAll @IntRange(min = 1800, max = 2020) int conventionalYear) {
        Traits t = identity.traits();
        roundTrip(new InsMatriculeConverter(), identity.identifier().matricule());
        roundTrip(new InsOidConverter(), identity.identifier().oid());
        roundTrip(new BirthNameConverter(), t.birthName());
        roundTrip(new BirthFirstNamesConverter(), t.firstNames());
        roundTrip(new BirthDateConverter(), t.birthDate());
        roundTrip(new BirthDateConverter(), BirthDate.uncertain(LocalDate.of(conventionalYear, 12, 31)));
        roundTrip(new SexConverter(), t.sex());
        roundTrip(new BirthPlaceCodeConverter(), t.birthPlace());
        assertThat(new InsMatriculeConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new InsMatriculeConverter().convertToEntityAttribute(null)).isNull();
        Statistics.label("birth date").collect(t.birthDate().isExact() ? "exact" : "uncertain");
    }

    @Property(tries = 100)
    void QUA_3_QUA_4_statuses_and_results_survive_their_columns(@ForAll IdentityRecord record) {
        roundTrip(new IdentityStatusConverter(), record.status());
        record.auditTrail().forEach(a -> a.insiResult().ifPresent(r -> roundTrip(new InsiResultConverter(), r)));
    }

    @Property(tries = 300)
    void MAT_7_a_damaged_matricule_column_is_refused_without_showing_it(@ForAll("identities") InsIdentity identity,
            @ForAll @IntRange(max = 14) int position) {
        String column = new InsMatriculeConverter().convertToDatabaseColumn(identity.identifier().matricule());
        char c = column.charAt(position);
        String damaged = column.substring(0, position) + (c == '7' ? '8' : '7') + column.substring(position + 1);
        assertThatThrownBy(() -> new InsMatriculeConverter().convertToEntityAttribute(damaged))
                .isInstanceOfSatisfying(InsException.class,
                        x -> assertThat(x.getMessage()).doesNotContain(damaged).doesNotContain(column.substring(0, 13)));
    }

    private static <T> void roundTrip(AttributeConverter<T, String> converter, T value) {
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(value))).isEqualTo(value);
    }
}
