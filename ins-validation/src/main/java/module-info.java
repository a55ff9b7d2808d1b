/** ins4j Bean Validation constraints. */
module io.github.ins4j.validation {
    requires static org.jspecify;
    requires transitive io.github.ins4j.core;
    requires transitive jakarta.validation;

    exports io.github.ins4j.validation;
}
