/**
 * ins4j INSi client: searches the INS of a person by traits with the INSi teleservice of the
 * Assurance Maladie, over SOAP 1.2 and the JDK {@link java.net.http.HttpClient}, and turns the answer
 * into the events of {@code io.github.ins4j.qualification} (INSI-1 to INSI-9).
 *
 * <p>Exported package: {@link io.github.ins4j.insi}; the XML writing and reading are package-private
 * classes of it.
 */
module io.github.ins4j.insi {
    requires static org.jspecify;
    requires transitive io.github.ins4j.core;
    requires transitive java.net.http;
    requires java.xml;
    requires java.naming;
    requires java.xml.crypto;
    requires org.slf4j;

    exports io.github.ins4j.insi;
}
