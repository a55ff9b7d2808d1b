package io.github.ins4j.it.boot;

import io.github.ins4j.jackson.InsModule;
import io.github.ins4j.jpa.IdentityEventLog;
import io.github.ins4j.qualification.IdentityQualifier;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;

/**
 * A pharmacy counter application on Spring Boot 3.5, as the README tells a Boot user to set it up:
 * ins-jpa's entities and converters scanned beside the application's own, the qualifier, the
 * event log and ins-jackson's module as beans (Boot registers every Jackson {@code Module} bean on
 * its {@code ObjectMapper}).
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

    /** ins-jackson's module: Boot's ObjectMapper writes and reads the INS values and histories. */
    @Bean
    InsModule insModule(IdentityQualifier qualifier) {
        return new InsModule(qualifier);
    }
}
