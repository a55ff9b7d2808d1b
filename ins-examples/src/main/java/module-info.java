/** Runnable documentation examples of ins4j; not published. */
module io.github.ins4j.examples {
    requires io.github.ins4j.core;
    requires io.github.ins4j.validation;
    requires io.github.ins4j.fhir;
    requires io.github.ins4j.datamatrix;
    requires io.github.ins4j.audit;
    requires java.logging;
}
