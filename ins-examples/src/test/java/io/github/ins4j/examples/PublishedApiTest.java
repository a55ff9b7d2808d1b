package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.testing.InsArbitraries;
import io.github.ins4j.validation.ValidInsMatricule;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of each published module (see docs/API.md) exposes only types of its exported
 * packages (or of other modules): no public signature names a type of a non-exported package,
 * which a user on the module path could not use.
 */
class PublishedApiTest {

    @Test
    void published_modules_expose_no_type_of_a_non_exported_package() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> exported = new TreeSet<>();
        List<ModuleReference> modules = new ArrayList<>();
        for (Class<?> anchor : List.of(InsMatricule.class, ValidInsMatricule.class, InsArbitraries.class,
                io.github.ins4j.datamatrix.image.DatamatrixSymbol.class, io.github.ins4j.fhir.InsPatientWriter.class,
                io.github.ins4j.audit.IdentityAudit.class)) {
            ModuleReference module = moduleOf(anchor);
            modules.add(module);
            module.descriptor().exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).forEach(exported::add);
        }
        assertThat(exported).contains("io.github.ins4j.matricule", "io.github.ins4j.validation",
                "io.github.ins4j.testing");
        int scanned = 0;
        for (ModuleReference module : modules) {
            for (String className : classesOf(module)) {
                Class<?> type = Class.forName(className, false, getClass().getClassLoader());
                if (!exported.contains(type.getPackageName()) || !isVisible(type)) {
                    continue;
                }
                scanned++;
                for (Type t : signatureTypes(type)) {
                    for (Class<?> used : rawClasses(t)) {
                        String pkg = used.getPackageName();
                        if (pkg.startsWith("io.github.ins4j") && !exported.contains(pkg)) {
                            problems.add(type.getName() + " exposes " + used.getName());
                        }
                    }
                }
            }
        }
        assertThat(scanned).as("public types scanned").isGreaterThan(50);
        assertThat(problems).isEmpty();
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static List<Type> signatureTypes(Class<?> type) {
        List<Type> types = new ArrayList<>();
        if (type.getGenericSuperclass() != null) {
            types.add(type.getGenericSuperclass());
        }
        types.addAll(List.of(type.getGenericInterfaces()));
        for (Method m : type.getDeclaredMethods()) {
            if ((Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) && !m.isSynthetic()) {
                types.add(m.getGenericReturnType());
                types.addAll(List.of(m.getGenericParameterTypes()));
                types.addAll(List.of(m.getGenericExceptionTypes()));
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
                types.addAll(List.of(c.getGenericParameterTypes()));
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers())) {
                types.add(f.getGenericType());
            }
        }
        return types;
    }

    private static List<Class<?>> rawClasses(Type type) {
        List<Class<?>> classes = new ArrayList<>();
        if (type instanceof Class<?> c) {
            classes.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            classes.addAll(rawClasses(p.getRawType()));
            for (Type arg : p.getActualTypeArguments()) {
                classes.addAll(rawClasses(arg));
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                classes.addAll(rawClasses(bound));
            }
            for (Type bound : w.getLowerBounds()) {
                classes.addAll(rawClasses(bound));
            }
        } else if (type instanceof GenericArrayType a) {
            classes.addAll(rawClasses(a.getGenericComponentType()));
        }
        return classes;
    }

    private static ModuleReference moduleOf(Class<?> anchor) throws URISyntaxException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ModuleFinder.of(location).findAll().iterator().next();
    }

    private static List<String> classesOf(ModuleReference module) throws IOException {
        try (var reader = module.open(); Stream<String> names = reader.list()) {
            return names.filter(n -> n.endsWith(".class") && !n.equals("module-info.class") && !n.contains("-"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .filter(n -> !n.startsWith("META-INF"))
                    .collect(Collectors.toList());
        }
    }
}
