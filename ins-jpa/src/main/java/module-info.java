/**
 * ins4j JPA: Jakarta Persistence attribute converters for the INS values and an event log that
 * stores an identity's events and audit trail and restores the same record.
 */
module io.github.ins4j.jpa {
    requires static org.jspecify;
    requires transitive io.github.ins4j.core;
    requires transitive jakarta.persistence;
    requires io.github.ins4j.jackson;
    requires com.fasterxml.jackson.databind;

    exports io.github.ins4j.jpa;
    // The persistence provider reads and writes the entities' fields.
    opens io.github.ins4j.jpa;
}
