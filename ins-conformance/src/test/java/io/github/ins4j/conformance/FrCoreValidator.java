package io.github.ins4j.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * The HAPI FHIR validator loaded with the FR Core 2.2.0 package (test resource
 * {@value #PACKAGE}), built once for the whole test run: it takes a few seconds to start.
 *
 * <p>What it is made of, in the order it is asked:
 * <ol>
 *   <li>the FR Core 2.2.0 package: profiles, extensions, code systems, value sets;</li>
 *   <li>the FHIR R4 core definitions of {@code hapi-fhir-validation-resources-r4};</li>
 *   <li>a stand-in for the extensions pack {@code hl7.fhir.uv.extensions.r4} 5.2.0, a dependency of
 *       the package that it does not carry and that Maven Central does not serve: FR Core 2.2.0
 *       refers to {@code patient-birthPlace|5.2.0} and {@code humanname-assembly-order|5.2.0};
 *       the stand-in answers with the R4 core definition of the same extension (same URL, same
 *       value type). Without it the validator cannot evaluate the slices of
 *       {@code Patient.extension} and {@code HumanName.extension} at all
 *       ({@code SLICING_CANNOT_BE_EVALUATED}), which would leave the birth place unchecked;</li>
 *   <li>HAPI's in-memory terminology: the code systems above and the common ones (languages,
 *       UCUM…), no terminology server.</li>
 * </ol>
 * What remains unresolved is the ANS terminology ({@code ans.fr.terminologies} 1.7.0, TRE_R13 for
 * the INSEE codes of the birth place): see {@link Tolerated}.
 */
final class FrCoreValidator {

    /** The FR Core package, on the test class path. */
    static final String PACKAGE = "fhir/hl7.fhir.fr.core-2.2.0.tgz";

    /** The version of the extensions pack FR Core 2.2.0 depends on. */
    private static final String EXTENSIONS_PACK_VERSION = "5.2.0";

    private static final class Holder {
        private static final FrCoreValidator INSTANCE = new FrCoreValidator();
    }

    private final FhirContext context;
    private final FhirValidator validator;
    private final long startMillis;

    private FrCoreValidator() {
        long start = System.nanoTime();
        context = FhirContext.forR4();
        try {
            NpmPackageValidationSupport frCore = new NpmPackageValidationSupport(context);
            frCore.loadPackageFromClasspath("classpath:" + PACKAGE);
            DefaultProfileValidationSupport r4 = new DefaultProfileValidationSupport(context);
            ValidationSupportChain chain = new ValidationSupportChain(frCore, r4,
                    new ExtensionsPackStandIn(context, r4),
                    new CommonCodeSystemsTerminologyService(context),
                    new InMemoryTerminologyServerValidationSupport(context));
            validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + PACKAGE, e);
        }
        startMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** Returns the validator, built on first use. */
    static FrCoreValidator get() {
        return Holder.INSTANCE;
    }

    /** How long the validator took to start, in milliseconds. */
    long startMillis() {
        return startMillis;
    }

    FhirContext context() {
        return context;
    }

    /** Every message the validator gives on a resource. */
    List<SingleValidationMessage> validate(IBaseResource resource) {
        return validator.validateWithResult(resource).getMessages();
    }

    /** Every message the validator gives on a resource in JSON. */
    List<SingleValidationMessage> validate(String json) {
        return validator.validateWithResult(json).getMessages();
    }

    /** The errors (and fatal errors) the validator gives, except those {@link Tolerated} lists. */
    List<String> errors(IBaseResource resource) {
        return errors(validate(resource));
    }

    /** The errors among messages, except those {@link Tolerated} lists, as readable lines. */
    static List<String> errors(List<SingleValidationMessage> messages) {
        List<String> errors = new ArrayList<>();
        for (SingleValidationMessage message : messages) {
            if (isError(message) && Tolerated.of(message).isEmpty()) {
                errors.add(line(message));
            }
        }
        return errors;
    }

    /** The errors among messages that {@link Tolerated} lists. */
    static List<Tolerated> tolerated(List<SingleValidationMessage> messages) {
        List<Tolerated> tolerated = new ArrayList<>();
        for (SingleValidationMessage message : messages) {
            if (isError(message)) {
                Tolerated.of(message).ifPresent(tolerated::add);
            }
        }
        return tolerated;
    }

    static boolean isError(SingleValidationMessage message) {
        return message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL;
    }

    static String line(SingleValidationMessage message) {
        return message.getSeverity() + " [" + message.getMessageId() + "] " + message.getLocationString() + ": "
                + message.getMessage();
    }

    /** The package's own example resources of a type, e.g. {@code Patient}, as JSON. */
    static List<String> packageExamples(String resourceType) {
        try (InputStream in = FrCoreValidator.class.getClassLoader().getResourceAsStream(PACKAGE)) {
            if (in == null) {
                throw new IllegalStateException(PACKAGE + " is not on the test class path");
            }
            NpmPackage npm = NpmPackage.fromPackage(in);
            List<String> examples = new ArrayList<>();
            for (String file : npm.list("example")) {
                if (file.startsWith(resourceType + "-") && file.endsWith(".json")) {
                    try (InputStream example = npm.load("example", file)) {
                        examples.add(new String(example.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PACKAGE, e);
        }
    }

    /**
     * The definitions of the extensions pack 5.2.0 that FR Core 2.2.0 refers to, answered with the
     * R4 core definition of the same URL.
     */
    private static final class ExtensionsPackStandIn implements IValidationSupport {
        private final FhirContext context;
        private final DefaultProfileValidationSupport r4;

        ExtensionsPackStandIn(FhirContext context, DefaultProfileValidationSupport r4) {
            this.context = context;
            this.r4 = r4;
        }

        @Override
        public FhirContext getFhirContext() {
            return context;
        }

        @Override
        public IBaseResource fetchStructureDefinition(String url) {
            return Optional.ofNullable(url)
                    .filter(u -> u.startsWith("http://hl7.org/fhir/StructureDefinition/")
                            && u.endsWith("|" + EXTENSIONS_PACK_VERSION))
                    .map(u -> r4.fetchStructureDefinition(u.substring(0, u.indexOf('|'))))
                    .orElse(null);
        }

        @Override
        public String getName() {
            return "stand-in for hl7.fhir.uv.extensions.r4 " + EXTENSIONS_PACK_VERSION;
        }
    }
}
