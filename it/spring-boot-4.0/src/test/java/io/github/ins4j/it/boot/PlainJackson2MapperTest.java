package io.github.ins4j.it.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ins4j.jackson.InsModule;
import io.github.ins4j.matricule.InsMatricule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The README's other way under Boot 4, without Boot's Jackson 2 support (its auto-configuration
 * excluded here, as if {@code spring-boot-jackson2} were absent): a Jackson 2 {@code ObjectMapper}
 * bean of the application's own, with the {@code InsModule}. It lives beside Boot's Jackson 3
 * {@code JsonMapper} (another type) without replacing it.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration")
class PlainJackson2MapperTest {

    @TestConfiguration
    static class Jackson2 {
        @Bean
        ObjectMapper insObjectMapper(InsModule insModule) {
            return JsonMapper.builder().addModule(insModule).build();
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper objectMapper;

    @Test
    void an_application_jackson_2_mapper_with_the_ins_module_round_trips_a_value() throws Exception {
        Map<String, ObjectMapper> jackson2 = context.getBeansOfType(ObjectMapper.class);
        assertThat(jackson2).containsOnlyKeys("insObjectMapper");
        assertThat(context.getBeansOfType(tools.jackson.databind.json.JsonMapper.class)).hasSize(1);

        InsMatricule matricule = InsMatricule.parse("289046912312018");
        String json = objectMapper.writeValueAsString(matricule);
        assertThat(json).isEqualTo("\"289046912312018\"");
        assertThat(objectMapper.readValue(json, InsMatricule.class)).isEqualTo(matricule);
    }
}
