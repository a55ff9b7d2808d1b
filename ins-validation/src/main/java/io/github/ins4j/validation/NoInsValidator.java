package io.github.ins4j.validation;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidOidException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link NoIns}: walks the object graph looking for an INS (DIS-3). Stateless,
 * thread-safe.
 */
public final class NoInsValidator implements ConstraintValidator<NoIns, Object> {

    /** Deeper graphs are reported rather than walked without end. */
    private static final int MAX_DEPTH = 32;

    /** Creates the validator; the Bean Validation provider calls it. */
    public NoInsValidator() {
    }

    /** What was found, and where. */
    private record Finding(String path, String key) {
    }

    @Override
    public boolean isValid(@Nullable Object document, ConstraintValidatorContext context) {
        if (document == null) {
            return true;
        }
        List<Finding> findings = new ArrayList<>();
        walk(document, "", 0, Collections.newSetFromMap(new IdentityHashMap<>()), findings);
        if (findings.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Finding f : findings) {
            var builder = context.buildConstraintViolationWithTemplate("{ins4j.noIns." + f.key() + "}");
            if (f.path().isEmpty()) {
                builder.addConstraintViolation();
            } else {
                builder.addPropertyNode(f.path()).addConstraintViolation();
            }
        }
        return false;
    }

    private static void walk(@Nullable Object value, String path, int depth, Set<Object> seen, List<Finding> findings) {
        if (value == null) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (containsMatricule(text)) {
                findings.add(new Finding(path, "MATRICULE"));
            } else if (isInsOid(text)) {
                findings.add(new Finding(path, "OID"));
            }
            return;
        }
        if (value instanceof InsMatricule || value instanceof InsIdentifier || value instanceof InsIdentity
                || value instanceof InsOid) {
            findings.add(new Finding(path, "INS_TYPE"));
            return;
        }
        Class<?> type = value.getClass();
        if (type.isPrimitive() || type.isEnum() || value instanceof Number || value instanceof Boolean
                || value instanceof Character || !seen.add(value)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            findings.add(new Finding(path, "TOO_DEEP"));
            return;
        }
        if (type.isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                walk(Array.get(value, i), path + "[" + i + "]", depth + 1, seen, findings);
            }
        } else if (value instanceof Iterable<?> iterable) {
            int i = 0;
            for (Object element : iterable) {
                walk(element, path + "[" + i++ + "]", depth + 1, seen, findings);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(entry.getKey(), path + "<K>", depth + 1, seen, findings);
                walk(entry.getValue(), path + "[" + keyLabel(entry.getKey()) + "]", depth + 1, seen, findings);
            }
        } else if (value instanceof java.util.Optional<?> optional) {
            walk(optional.orElse(null), path, depth + 1, seen, findings);
        } else if (!isJdk(type)) {
            walkMembers(value, type, path, depth, seen, findings);
        }
    }

    private static void walkMembers(Object value, Class<?> type, String path, int depth, Set<Object> seen,
            List<Finding> findings) {
        String prefix = path.isEmpty() ? "" : path + ".";
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(BillingNss.class)) {
                    continue;
                }
                Object child;
                try {
                    var accessor = component.getAccessor();
                    if (!accessor.canAccess(value) && !accessor.trySetAccessible()) {
                        findings.add(new Finding(prefix + component.getName(), "UNREADABLE"));
                        continue;
                    }
                    child = accessor.invoke(value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    findings.add(new Finding(prefix + component.getName(), "UNREADABLE"));
                    continue;
                }
                walk(child, prefix + component.getName(), depth + 1, seen, findings);
            }
            return;
        }
        for (Class<?> c = type; c != null && !isJdk(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()
                        || field.isAnnotationPresent(BillingNss.class)) {
                    continue;
                }
                if (!field.trySetAccessible()) {
                    findings.add(new Finding(prefix + field.getName(), "UNREADABLE"));
                    continue;
                }
                Object child;
                try {
                    child = field.get(value);
                } catch (IllegalAccessException e) {
                    findings.add(new Finding(prefix + field.getName(), "UNREADABLE"));
                    continue;
                }
                walk(child, prefix + field.getName(), depth + 1, seen, findings);
            }
        }
    }

    /**
     * Tells whether a text is, or contains, a matricule: a run of groups of digits (and 2A / 2B)
     * separated by single spaces or dots, with 15 significant characters in all, standing on its
     * own ({@code "patient 2 89 04 69 123 120 18"}), that is a valid matricule. Longer numbers are
     * not cut into windows.
     */
    static boolean containsMatricule(CharSequence text) {
        if (InsMatricule.isValid(text)) {
            return true;
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isSignificant(text.charAt(i)) || (i > 0 && isSignificant(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            // i starts a group: join the following groups while fewer than 15 characters.
            int count = 0;
            int j = i;
            while (j < length && count < InsMatricule.LENGTH) {
                if (isSignificant(text.charAt(j))) {
                    count++;
                    j++;
                } else if (isSeparator(text.charAt(j)) && j + 1 < length && isSignificant(text.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            boolean standsAlone = j >= length || !isSignificant(text.charAt(j));
            if (count == InsMatricule.LENGTH && standsAlone
                    && InsMatricule.isValid(text.subSequence(i, j))) {
                return true;
            }
            i++;
        }
        return false;
    }

    private static boolean isSignificant(char c) {
        return (c >= '0' && c <= '9') || c == 'A' || c == 'B' || c == 'a' || c == 'b';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isInsOid(CharSequence text) {
        if (text.length() > 40) {
            return false;
        }
        try {
            InsOid.parse(text);
            return true;
        } catch (InvalidOidException notAnInsOid) {
            return false;
        }
    }

    private static String keyLabel(Object key) {
        // A map key names the entry in the path, unless it could itself be personal data.
        return key instanceof CharSequence text && !InsMatricule.isValid(text) && text.length() <= 40
                ? text.toString() : "?";
    }

    private static boolean isJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }
}
