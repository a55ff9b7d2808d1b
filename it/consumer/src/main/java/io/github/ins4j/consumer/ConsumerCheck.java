package io.github.ins4j.consumer;

import io.github.ins4j.cda.RecordTargetReader;
import io.github.ins4j.cda.RecordTargetWriter;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.hl7v2.PidFields;
import io.github.ins4j.hl7v2.PidReader;
import io.github.ins4j.hl7v2.PidWriter;
import io.github.ins4j.insi.InsiAuthentication;
import io.github.ins4j.insi.InsiClient;
import io.github.ins4j.insi.InsiConfiguration;
import io.github.ins4j.insi.InsiSearch;
import io.github.ins4j.insi.SoftwareIdentity;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.testing.insi.FakeInsiServer;
import io.github.ins4j.testing.InsArbitraries;
import io.github.ins4j.testing.TestIdentities;
import io.github.ins4j.validation.NoIns;
import io.github.ins4j.validation.ValidInsMatricule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ins4j.jackson.InsJsonException;
import io.github.ins4j.jpa.IdentityEventLog;
import io.github.ins4j.jpa.InsMatriculeConverter;
import io.github.ins4j.jpa.StoredEvent;
import io.github.ins4j.jpa.StoredIdentity;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.testing.TestIdentities;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;

/**
 * What a user of ins4j does first, run on the class path (by the tests) and on the module path
 * (by {@code java -p ... -m ins4j.consumer/...}): parse a matricule, validate a DTO with Hibernate
 * Validator, generate matricules with the ins-testing arbitraries, including through the jqwik
 * {@code ArbitraryProvider} found by ServiceLoader, write and read the INS in CDA and HL7 v2
 * (modules {@code io.github.ins4j.cda} and {@code io.github.ins4j.hl7v2}, which use the package
 * ins-core exports to them only), call the fake INSi server over mutual TLS, and store a qualified
 * identity with its audit trail as JSON (ins-jackson, its Jackson module found by ServiceLoader)
 * and in H2 through Hibernate ORM (ins-jpa).
 */
public final class ConsumerCheck {

    /** A form with a matricule field. */
    public record Form(@ValidInsMatricule String matricule) {
    }

    /** An invoice that must not carry the INS. */
    @NoIns
    public record Invoice(String number, String comment) {
    }

    private ConsumerCheck() {
    }

    public static void main(String[] args) {
        List<String> checks = run();
        checks.forEach(System.out::println);
        String where = ConsumerCheck.class.getModule().isNamed() ? "module path" : "class path";
        System.out.println("ins4j consumer: " + checks.size() + " checks passed on the " + where);
    }

    /** Runs every check; throws {@link IllegalStateException} on the first failure. */
    public static List<String> run() {
        InsMatricule m = InsMatricule.parse("1 84 06 75 056 144 35");
        check(m.toString().equals("1 84 ** ** *** *** 35"), "the matricule is masked");

        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        try {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<Form>> form = validator.validate(new Form("184067505614436"));
            check(form.size() == 1 && form.iterator().next().getMessageTemplate().equals("{ins4j.matricule.KEY_MISMATCH}")
                    && !form.iterator().next().getMessage().contains("ins4j."),
                    "Bean Validation reports the wrong key with an interpolated message");
            Set<ConstraintViolation<Invoice>> invoice = validator.validate(new Invoice("F-1", "NIR 184067505614435"));
            check(invoice.size() == 1, "@NoIns finds the INS in the invoice comment");
        } finally {
            factory.close();
        }

        List<InsMatricule> generated = InsArbitraries.matricules().bornInCorsica().sampleStream().limit(50).toList();
        check(generated.stream().allMatch(g -> InsMatricule.isValid(g.value())), "ins-testing arbitraries are valid");
        InsMatricule provided = Arbitraries.defaultFor(InsMatricule.class).sample();
        check(InsMatricule.isValid(provided.value()), "the ArbitraryProvider is found by ServiceLoader");

        IdentityRecord qualified = TestIdentities.recordOf(TestIdentities.GARCIA_SARAH_LOU, IdentityStatus.QUALIFIED);
        String recordTarget = RecordTargetWriter.write(Disclosure.decide(qualified, DocumentPurpose.SHARED_RECORD));
        ClaimedIdentity cda = RecordTargetReader.read(recordTarget);
        check(cda.insIdentity().equals(qualified.insIdentity()) && cda.refusals().isEmpty(),
                "the CDA recordTarget reads back with its INS");
        PidFields pid = PidWriter.write(Disclosure.decide(qualified, DocumentPurpose.CARE_DOCUMENT));
        ClaimedIdentity hl7 = PidReader.read(PidFields.parse(pid.segment()));
        check(hl7.insIdentity().equals(qualified.insIdentity()) && hl7.refusals().isEmpty(),
                "the HL7 v2 PID reads back with its INS");


        try (FakeInsiServer insi = FakeInsiServer.start()) {
            InsiClient client = InsiClient.of(InsiConfiguration.builder().endpoint(insi.uri())
                    .software(SoftwareIdentity.of(insi.authorisationNumber(), "consumer", "1.0", UUID.randomUUID()))
                    .authentication(InsiAuthentication.softwareCertificate(insi.clientKeyStore(),
                            insi.clientPassword(), insi.trustAnchors()))
                    .build());
            String code = client.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "consumer")
                    .resultCode();
            check(code.equals("00"), "the INSi client finds the smoke-test persona on the fake server");
        }


        List<String> done = new ArrayList<>(List.of("matricule parsed and masked", "Bean Validation messages",
                "@NoIns", "ins-testing arbitraries", "ArbitraryProvider via ServiceLoader", "CDA recordTarget",
                "HL7 v2 PID", "INSi client over mutual TLS"));
        done.addAll(storage());
        return done;
    }

    /** ins-jackson and ins-jpa: a qualified record stored and restored, bad input refused. */
    private static List<String> storage() {
        IdentityRecord record = TestIdentities.recordOf(TestIdentities.GARCIA_SARAH_LOU, IdentityStatus.QUALIFIED);
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
        try {
            String json = mapper.writeValueAsString(record);
            check(json.startsWith("{\"v\":1,\"status\":\"QUAL\""), "the JSON form is versioned");
            IdentityRecord back = mapper.readValue(json, IdentityRecord.class);
            check(back.equals(record) && back.auditTrail().equals(record.auditTrail()),
                    "a history survives JSON (InsModule found by ServiceLoader)");
            try {
                mapper.readValue("\"289046912312017\"", InsMatricule.class);
                check(false, "a wrong key is refused");
            } catch (InsJsonException e) {
                check(e.reason() == InvalidMatriculeException.Reason.KEY_MISMATCH
                        && !e.getMessage().contains("289046912312017"), "a wrong key is refused, value not shown");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        check("289046912312018".equals(new InsMatriculeConverter()
                .convertToDatabaseColumn(TestIdentities.GARCIA_SARAH_LOU.identifier().matricule())),
                "the matricule column holds the full value");
        return List.of("ins-jackson JSON form", "ins-jpa converters");
    }

    /**
     * ins-jpa with a provider: a qualified record written to H2 through Hibernate ORM and read back.
     * Run by the class path tests only: Hibernate ORM 7 does not start on the module path without
     * CDI's API module ({@code jakarta.transaction} requires {@code jakarta.cdi}).
     */
    public static String jpaRoundTrip() {
        IdentityRecord record = TestIdentities.recordOf(TestIdentities.GARCIA_SARAH_LOU, IdentityStatus.QUALIFIED);
        IdentityEventLog log = IdentityEventLog.of(IdentityQualifier.of(Clock.systemUTC()));
        try (EntityManagerFactory emf = new PersistenceConfiguration("consumer")
                .managedClass(StoredIdentity.class)
                .managedClass(StoredEvent.class)
                .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:consumer")
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create")
                .createEntityManagerFactory()) {
            try (EntityManager em = emf.createEntityManager()) {
                em.getTransaction().begin();
                log.write(em, "patient-1", record);
                em.getTransaction().commit();
            }
            try (EntityManager em = emf.createEntityManager()) {
                IdentityRecord read = log.read(em, "patient-1");
                check(read.equals(record) && read.status() == IdentityStatus.QUALIFIED
                        && read.auditTrail().equals(record.auditTrail()), "a history survives the database");
            }
        }
        return "ins-jpa event log on H2 with Hibernate ORM";
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("consumer check failed: " + what);
        }
    }
}
