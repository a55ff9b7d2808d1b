package io.github.ins4j.validation;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidOidException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.ref.Reference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link NoIns}: walks the object graph looking for an INS (DIS-3). Stateless,
 * thread-safe.
 */
public final class NoInsValidator implements ConstraintValidator<NoIns, Object> {

    /** Deeper graphs are reported rather than walked without end. */
    private static final int MAX_DEPTH = 32;

    /** Arrays and collections up to this size are also read as one text (digits one per element). */
    private static final int MAX_JOINED = 256;

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
            checkText(text, path, findings);
            return;
        }
        if (value instanceof InsMatricule || value instanceof InsIdentifier || value instanceof InsIdentity
                || value instanceof InsOid) {
            findings.add(new Finding(path, "INS_TYPE"));
            return;
        }
        Class<?> type = value.getClass();
        if (value instanceof Number number) {
            // Long, BigInteger, BigDecimal, AtomicLong, double...: the digits of a matricule.
            checkText(numberText(number), path, findings);
            if (isJdk(type)) {
                return;
            }
        }
        if (type.isEnum() || value instanceof Boolean || value instanceof Character || !seen.add(value)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            findings.add(new Finding(path, "TOO_DEEP"));
            return;
        }
        if (type.isArray()) {
            walkArray(value, path, depth, seen, findings);
        } else if (value instanceof Iterable<?> iterable) {
            List<Object> elements = new ArrayList<>();
            iterable.forEach(elements::add);
            walkElements(elements, path, depth, seen, findings);
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(entry.getKey(), path + "<K>", depth + 1, seen, findings);
                walk(entry.getValue(), path + "[" + keyLabel(entry.getKey()) + "]", depth + 1, seen, findings);
            }
        } else if (value instanceof Map.Entry<?, ?> entry) {
            walk(entry.getKey(), path + "<K>", depth + 1, seen, findings);
            walk(entry.getValue(), path, depth + 1, seen, findings);
        } else if (value instanceof Optional<?> optional) {
            walk(optional.orElse(null), path, depth + 1, seen, findings);
        } else if (value instanceof AtomicReference<?> reference) {
            walk(reference.get(), path, depth + 1, seen, findings);
        } else if (value instanceof Reference<?> reference) {
            walk(reference.get(), path, depth + 1, seen, findings);
        } else if (value instanceof AtomicReferenceArray<?> array) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < array.length(); i++) {
                elements.add(array.get(i));
            }
            walkElements(elements, path, depth, seen, findings);
        } else if (!isJdk(type)) {
            walkMembers(value, type, path, depth, seen, findings);
        } else {
            // Any other JDK value (OptionalLong, URI, Path, AtomicLongArray, StringJoiner...): its
            // text form is what it carries.
            String text;
            try {
                text = String.valueOf(value);
            } catch (RuntimeException e) {
                findings.add(new Finding(path, "UNREADABLE"));
                return;
            }
            checkText(text, path, findings);
        }
    }

    private static void checkText(CharSequence text, String path, List<Finding> findings) {
        if (InsMatricule.containsMatricule(text)) {
            findings.add(new Finding(path, "MATRICULE"));
        } else if (isInsOid(text)) {
            findings.add(new Finding(path, "OID"));
        }
    }

    /** The decimal text of a number, without exponent: 1.84067505614435E14 is 184067505614435. */
    private static String numberText(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            return new BigDecimal(d).stripTrailingZeros().toPlainString();
        }
        if (number instanceof BigDecimal decimal) {
            // Bounded: a scale of a million would write a million zeros.
            return Math.abs(decimal.scale()) > 64 ? decimal.toString() : decimal.toPlainString();
        }
        return number.toString();
    }

    private static void walkArray(Object array, String path, int depth, Set<Object> seen, List<Finding> findings) {
        Class<?> component = array.getClass().getComponentType();
        if (component == char.class) {
            checkText(CharBuffer.wrap((char[]) array), path, findings);
            return;
        }
        if (component == byte.class) {
            // ASCII, UTF-8 and (through its NUL bytes, which are invisible) UTF-16 text.
            int before = findings.size();
            checkText(new String((byte[]) array, StandardCharsets.UTF_8), path, findings);
            if (findings.size() > before) {
                return;
            }
        }
        if (component == boolean.class || component == byte.class) {
            // Bytes are text (above) or binary data, never digits one per element: random bytes
            // would too often spell 15 digits.
            return;
        }
        if (component.isPrimitive()) {
            // A whole number in one element (long[] {184067505614435L}), or digits one per
            // element ({1, 8, 4, ...}).
            int length = Array.getLength(array);
            StringBuilder digits = new StringBuilder();
            boolean allDigits = length <= MAX_JOINED;
            for (int i = 0; i < length; i++) {
                Number element = (Number) Array.get(array, i);
                int before = findings.size();
                checkText(numberText(element), path, findings);
                if (findings.size() > before) {
                    return;
                }
                allDigits = allDigits && appendDigit(digits, element);
            }
            if (allDigits && length > 0) {
                checkText(digits, path, findings);
            }
            return;
        }
        List<Object> elements = new ArrayList<>();
        for (Object element : (Object[]) array) {
            elements.add(element);
        }
        walkElements(elements, path, depth, seen, findings);
    }

    /**
     * Walks each element, then looks at a small sequence of characters, or of single digits, as
     * one text: {@code List.of(1, 8, 4, ...)} or {@code new Character[] {'1', '8', ...}} spell a
     * matricule that no element holds alone.
     */
    private static void walkElements(List<Object> elements, String path, int depth, Set<Object> seen,
            List<Finding> findings) {
        int before = findings.size();
        for (int i = 0; i < elements.size(); i++) {
            walk(elements.get(i), path + "[" + i + "]", depth + 1, seen, findings);
        }
        boolean characters = elements.stream().allMatch(Character.class::isInstance);
        // Characters are text, read whatever their number; single digits up to MAX_JOINED.
        if (findings.size() > before || elements.isEmpty() || (!characters && elements.size() > MAX_JOINED)) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        for (Object element : elements) {
            if (characters) {
                joined.append(((Character) element).charValue());
            } else if (!(element instanceof Number n) || !appendDigit(joined, n)) {
                return;
            }
        }
        checkText(joined, path, findings);
    }

    /** Appends a number that is a single digit 0-9; tells whether it was one. */
    private static boolean appendDigit(StringBuilder digits, Number n) {
        double value = n.doubleValue();
        if (value >= 0 && value <= 9 && value == Math.rint(value)) {
            digits.append((char) ('0' + (int) value));
            return true;
        }
        return false;
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

    /** The one detector of ins-core, shared with the operator-id rule of QUA-9. */
    static boolean containsMatricule(CharSequence text) {
        return InsMatricule.containsMatricule(text);
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
        return key instanceof CharSequence text && text.length() <= 40 && !InsMatricule.containsMatricule(text)
                ? text.toString() : "?";
    }

    private static boolean isJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }
}
