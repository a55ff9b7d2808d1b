/**
 * ins4j Jackson: a Jackson 2 module ({@link io.github.ins4j.jackson.InsModule}) that writes and
 * reads the INS values, the RNIV identity events and whole identity histories in a documented,
 * versioned JSON form. Registered for {@code ObjectMapper.findAndRegisterModules()}.
 */
// "module": ins-jpa, the target of the qualified export, is built after this module.
@SuppressWarnings("module")
module io.github.ins4j.jackson {
    requires static org.jspecify;
    requires transitive io.github.ins4j.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;

    exports io.github.ins4j.jackson;
    // The text forms of values, shared with the column forms of ins-jpa.
    exports io.github.ins4j.jackson.internal to io.github.ins4j.jpa;

    provides com.fasterxml.jackson.databind.Module with io.github.ins4j.jackson.InsModule;
}
