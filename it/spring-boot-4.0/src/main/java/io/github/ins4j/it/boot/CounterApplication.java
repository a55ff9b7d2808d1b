package io.github.ins4j.it.boot;

import io.github.ins4j.jackson.InsModule;
import io.github.ins4j.jpa.IdentityEventLog;
import io.github.ins4j.qualification.IdentityQualifier;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;

/**
 * A pharmacy counter application on Spring Boot 4.0, as the README tells a Boot user to set it up:
 * ins-jpa's entities and converters scanned beside the application's own, the qualifier, the
 * event log and ins-jackson's module as beans. ins-jackson is a Jackson 2 module: with
 * {@code spring-boot-jackson2} on the class path Boot configures a Jackson 2 {@code ObjectMapper}
 * bean and registers every Jackson 2 {@code Module} bean on it; Boot's own JSON (the Jackson 3
 * {@code JsonMapper}) does not know ins4j's types.
 */
@SpringBootApplication
@EntityScan(basePackageClasses = {CounterApplication.class, IdentityEventLog.class})
public class CounterApplication {

    public static void main(String[] args) {
        SpringApplication.run(CounterApplication.class, args);
    }

    /** The RNIV rules, with the documents the organisation accepts (here the default list). */
    @Bean
    IdentityQualifier identityQualifier() {
        return IdentityQualifier.of(Clock.systemUTC());
    }

    /** Stores an identity's events in ins_identity / ins_identity_event. */
    @Bean
    IdentityEventLog identityEventLog(IdentityQualifier qualifier) {
        return IdentityEventLog.of(qualifier);
    }

    /** ins-jackson's module: Boot's Jackson 2 ObjectMapper writes and reads the INS values and histories. */
    @Bean
    InsModule insModule(IdentityQualifier qualifier) {
        return new InsModule(qualifier);
    }
}
