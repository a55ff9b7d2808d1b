package io.github.ins4j.it.boot;

import io.github.ins4j.jackson.InsModule;
import io.github.ins4j.jpa.IdentityEventLog;
import io.github.ins4j.qualification.IdentityQualifier;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;

/**
 * A pharmacy counter application on Spring Boot 4.0, as the README tells a Boot user to set it up:
 * ins-jpa's entities and converters scanned beside the application's own, the qualifier, the
 * event log and ins-jackson's module as beans. ins-jackson is a Jackson 2 module: with
 * {@code spring-boot-jackson2} on the class path Boot configures a Jackson 2 {@code ObjectMapper}
 * bean and registers every Jackson 2 {@code Module} bean on it; Boot's own JSON (the Jackson 3
 * {@code JsonMapper}) does not know ins4j's types. The tagged region is the README's snippet
 * (ins-examples' {@code ReadmeSnippetsTest} checks it).
 */
// tag::boot-application[]
@SpringBootApplication
@EntityScan(basePackageClasses = {CounterApplication.class, IdentityEventLog.class})  // ins-jpa's entities and converters
public class CounterApplication {

    @Bean
    IdentityQualifier identityQualifier() {
        return IdentityQualifier.of(Clock.systemUTC());
    }

    @Bean
    IdentityEventLog identityEventLog(IdentityQualifier qualifier) {  // use it with Boot's EntityManager, in @Transactional methods
        return IdentityEventLog.of(qualifier);
    }

    @Bean
    InsModule insModule(IdentityQualifier qualifier) {  // Boot registers it on its (Jackson 2) ObjectMapper
        return new InsModule(qualifier);
    }
}
// end::boot-application[]
