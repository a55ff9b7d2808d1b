package io.github.ins4j.it.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.jackson.InsJsonException;
import io.github.ins4j.jackson.InsModule;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.RecordedEvent;
import io.github.ins4j.traits.Traits;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ins4j in a Spring Boot 3.5 application, with Boot's managed versions: Boot's Validator, Boot's
 * ObjectMapper, Boot's EntityManager (Hibernate ORM 6.6, Jakarta Persistence 3.1) on H2.
 */
@SpringBootTest
class CounterApplicationTest {

    /** A test identity (INS-NIR-TEST): GARCIA Sarah-Lou Marie, {@code 2 89 04 69 123 120 18}. */
    private static final InsIdentity GARCIA = InsIdentity.of(
            InsIdentifier.parse("289046912312018", InsOid.NIR_TEST.oid()),
            Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123"));

    /**
     * The desk's clock in the records built here: nanoseconds over a half microsecond, so that a
     * provider that rounds the audit column (Hibernate ORM 6.6) and one that cuts it (7) differ.
     */
    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00.123456789Z");

    @Autowired
    Validator validator;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    IdentityQualifier qualifier;
    @Autowired
    IdentityStore store;
    @Autowired
    PatientRepository patients;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void runs_on_boot_3_5_managed_versions() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo("3.5.7");
        assertThat(org.hibernate.Version.getVersionString()).startsWith("6.6.");
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("2.19.");
        // Jakarta Persistence 3.1: no runInTransaction (3.2) on the class path.
        assertThat(Arrays.stream(jakarta.persistence.EntityManagerFactory.class.getMethods()).map(Method::getName))
                .doesNotContain("runInTransaction");
        assertThat(org.hibernate.validator.HibernateValidator.class.getPackage().getImplementationVersion())
                .startsWith("8.0.");
        System.out.printf("Spring Boot %s: Hibernate ORM %s, Jackson %s, Hibernate Validator %s%n",
                SpringBootVersion.getVersion(), org.hibernate.Version.getVersionString(),
                com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
                org.hibernate.validator.HibernateValidator.class.getPackage().getImplementationVersion());
    }

    // ins-validation: Boot's Validator (Hibernate Validator + the EL of spring-boot-starter-validation).

    @Test
    void boots_validator_reports_ins4j_constraints_with_their_messages() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Set<ConstraintViolation<PatientForm>> violations =
                validator.validate(new PatientForm("289046912312017", "garcia"));
        assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("matricule", "is not a valid INS matricule: the key (last"
                                + " two digits) does not match the first 13 characters"),
                        org.assertj.core.groups.Tuple.tuple("birthName", "holds a character the INS form does not allow"
                                + " (only upper-case A-Z, space, apostrophe and hyphen for names; digits for codes)"));
        assertThat(violations).allSatisfy(v -> assertThat(v.getMessage()).doesNotContain("289046912312017", "garcia"));
        assertThat(validator.validate(new PatientForm("2 89 04 69 123 120 18", "GARCIA"))).isEmpty();
    }

    @Test
    void boots_validator_speaks_french_at_a_french_desk() {
        LocaleContextHolder.setLocale(Locale.FRANCE);
        assertThat(validator.validate(new PatientForm("289046912312017", "GARCIA")))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("n'est pas un matricule INS valide : la clé (deux derniers chiffres) ne correspond"
                        + " pas aux 13 premiers caractères");
    }

    @Test
    void boots_validator_applies_no_ins_to_a_billing_document() {
        assertThat(validator.validate(new Invoice("F-1", "NIR 289046912312018"))).hasSize(1);
        assertThat(validator.validate(new Invoice("F-1", "paid"))).isEmpty();
    }

    // ins-jackson: the InsModule bean, registered by Boot on its ObjectMapper.

    @Test
    void boots_object_mapper_has_the_ins_module() {
        assertThat(objectMapper.getRegisteredModuleIds()).contains(new InsModule().getTypeId());
    }

    @Test
    void boots_object_mapper_round_trips_a_value_and_a_stored_history() throws Exception {
        InsMatricule matricule = GARCIA.identifier().matricule();
        String json = objectMapper.writeValueAsString(matricule);
        assertThat(json).isEqualTo("\"289046912312018\"");
        assertThat(objectMapper.readValue(json, InsMatricule.class)).isEqualTo(matricule);

        IdentityRecord record = qualified();
        String history = objectMapper.writeValueAsString(record);
        assertThat(history).startsWith("{\"v\":1,\"status\":\"QUAL\"");
        IdentityRecord back = objectMapper.readValue(history, IdentityRecord.class);
        assertThat(back).isEqualTo(record);
        assertThat(back.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(back.auditTrail()).isEqualTo(record.auditTrail());

        RecordedEvent last = record.events().get(record.events().size() - 1);
        assertThat(objectMapper.readValue(objectMapper.writeValueAsString(last), RecordedEvent.class)).isEqualTo(last);
    }

    @Test
    void boots_object_mapper_refuses_a_wrong_key_with_ins4js_reason() {
        assertThatThrownBy(() -> objectMapper.readValue("\"289046912312017\"", InsMatricule.class))
                .isInstanceOfSatisfying(InsJsonException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidMatriculeException.Reason.KEY_MISMATCH);
                    assertThat(e.getMessage()).doesNotContain("289046912312017");
                });
    }

    // ins-jpa: the event log and the converters through Boot's EntityManager and transactions.

    @Test
    void an_identitys_events_come_back_from_the_database_as_the_same_record() {
        IdentityRecord record = qualified();
        assertThat(store.save("patient-1", record)).isEqualTo(3);

        IdentityRecord read = store.load("patient-1");
        assertThat(read).isEqualTo(record);
        assertThat(read.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(read.auditTrail()).isEqualTo(record.auditTrail());

        // The desk re-verifies the INS: one more event appended to what was read.
        IdentityRecord reverified = desk(30).apply(read, new InsiReverification(GARCIA), "desk-2");
        assertThat(store.save("patient-1", reverified)).isEqualTo(1);
        assertThat(store.load("patient-1").auditTrail()).isEqualTo(reverified.auditTrail()).hasSize(4);
        assertThat(jdbc.queryForObject("select count(*) from ins_identity_event where identity_id = ?",
                Integer.class, "patient-1")).isEqualTo(4);
    }

    @Test
    void the_converters_store_the_full_values_and_read_them_back() {
        patients.save(new Patient("p-1", GARCIA.identifier().matricule(), GARCIA.traits().birthName(),
                GARCIA.traits().birthDate(), IdentityStatus.QUALIFIED));

        Patient read = patients.findByMatricule(GARCIA.identifier().matricule()).orElseThrow();
        assertThat(read.matricule()).isEqualTo(GARCIA.identifier().matricule());
        assertThat(read.birthName()).isEqualTo(GARCIA.traits().birthName());
        assertThat(read.birthDate()).isEqualTo(GARCIA.traits().birthDate());
        assertThat(read.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(jdbc.queryForList("select matricule, status from patient where id = 'p-1'"))
                .singleElement().satisfies(row -> assertThat(List.copyOf(row.values()))
                        .containsExactly("289046912312018", "QUAL"));
    }

    /** The application's rules at the desk's clock, {@code minutes} after T0. */
    private IdentityQualifier desk(int minutes) {
        return IdentityQualifier.of(Clock.fixed(T0.plusSeconds(60L * minutes), ZoneOffset.UTC))
                .withAcceptedDocuments(qualifier.acceptedDocuments());
    }

    private IdentityRecord qualified() {
        IdentityRecord record = desk(0).start(GARCIA.traits(), "desk-1");
        record = desk(1).apply(record, InsiAnswer.found(GARCIA), "desk-1");
        return desk(2).apply(record, DocumentCheck.of(IdentityDocument.PASSPORT), "desk-1");
    }
}
