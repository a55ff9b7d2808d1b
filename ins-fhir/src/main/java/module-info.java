/**
 * ins4j FHIR: the INS in FHIR R4 (FR Core Patient INS profile), on HAPI FHIR.
 *
 * <p>Exported package: {@link io.github.ins4j.fhir}.
 *
 * <p>HAPI FHIR's jars are not modules and name none in their manifests (no
 * {@code Automatic-Module-Name}), so on the module path they are automatic modules named after
 * their file, as Maven and Gradle name it: {@code org.hl7.fhir.r4} for the R4 model,
 * {@code hapi.fhir.base} for its base types and {@code FhirContext}, {@code hapi.fhir.structures.r4}
 * for the R4 context. They have no split packages. ins4j requires the R4 model by that name,
 * transitively because the API takes and returns {@code Patient}; a module that reads an automatic
 * module reads the other automatic modules too. The warnings javac gives for a filename-based name
 * are suppressed here, on purpose. Revisit when HAPI FHIR declares module names.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.ins4j.fhir {
    requires static org.jspecify;
    requires transitive io.github.ins4j.core;
    requires transitive org.hl7.fhir.r4;

    exports io.github.ins4j.fhir;
}
