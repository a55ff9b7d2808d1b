/** A user's module, to prove the ins4j module descriptors and service registrations. */
module ins4j.consumer {
    requires io.github.ins4j.core;
    requires io.github.ins4j.validation;
    requires io.github.ins4j.cda;
    requires io.github.ins4j.hl7v2;
    requires io.github.ins4j.insi;
    requires io.github.ins4j.testing;
    requires io.github.ins4j.jackson;
    requires io.github.ins4j.jpa;

    // Hibernate Validator reads the constraints of the DTOs; ins4j's @NoIns walks their fields.
    opens io.github.ins4j.consumer to org.hibernate.validator, io.github.ins4j.validation;
}
