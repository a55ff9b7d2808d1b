package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md stays true: every test named after a rule ({@code MAT_1_…}) is listed under that
 * rule, every test it lists exists, and every rule id that a test, the README or a main source cites
 * has its own entry.
 */
class RulesDocTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern RULE_TEST = Pattern.compile(
            "void\\s+(\\w*?\\b((?:MAT|TRT|QUA|DIS|MSS|DMX|INT|INSI|AUD)_\\d+)_\\w+)\\s*\\(");
    private static final Pattern CITED = Pattern.compile("`(\\w+)\\.(\\w+)`");
    private static final Pattern RULE_ID = Pattern.compile("\\b(?:MAT|TRT|QUA|DIS|MSS|DMX|INT|INSI|AUD)-\\d+\\b");

    @Test
    void every_rule_test_is_listed_and_every_listed_test_exists() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/rules.md"), StandardCharsets.UTF_8);
        Set<String> tests = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles("src/test/java")) {
            String className = file.getFileName().toString().replace(".java", "");
            Matcher m = RULE_TEST.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String test = className + "." + m.group(1);
                tests.add(test);
                if (!doc.contains("`" + test + "`")) {
                    missing.add(test);
                }
            }
        }
        assertThat(tests).as("tests named after a rule").hasSizeGreaterThan(100);
        assertThat(missing).as("tests named after a rule but not in docs/rules.md").isEmpty();

        List<String> stale = new ArrayList<>();
        Matcher cited = CITED.matcher(doc);
        while (cited.find()) {
            String test = cited.group(1) + "." + cited.group(2);
            if (RULE_ID.matcher(cited.group(2).replace('_', '-')).find() && !tests.contains(test)) {
                stale.add(test);
            }
        }
        assertThat(stale).as("tests listed in docs/rules.md that do not exist").isEmpty();
    }

    @Test
    void every_rule_id_cited_in_the_code_or_the_readme_has_an_entry() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/rules.md"), StandardCharsets.UTF_8);
        Set<String> cited = new TreeSet<>();
        List<Path> sources = new ArrayList<>(javaFiles("src/main/java"));
        sources.add(ROOT.resolve("README.md"));
        for (Path file : sources) {
            Matcher m = RULE_ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                cited.add(m.group());
            }
        }
        assertThat(cited).hasSizeGreaterThan(40);
        for (String id : cited) {
            assertThat(Pattern.compile("(?m)^### " + id + "( |$)").matcher(doc).find())
                    .as("docs/rules.md has an entry for " + id).isTrue();
        }
    }

    private static List<Path> javaFiles(String under) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                Path dir = module.resolve(under);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> walk = Files.walk(dir)) {
                        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                    }
                }
            }
        }
        return files;
    }
}
