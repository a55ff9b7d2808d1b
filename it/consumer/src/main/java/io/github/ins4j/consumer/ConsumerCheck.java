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
 * ins-core exports to them only), and call the fake INSi server over mutual TLS.
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


        return List.of("matricule parsed and masked", "Bean Validation messages", "@NoIns",
                "ins-testing arbitraries", "ArbitraryProvider via ServiceLoader", "CDA recordTarget",
                "HL7 v2 PID", "INSi client over mutual TLS");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("consumer check failed: " + what);
        }
    }
}
