package io.github.ins4j.error;

import org.jspecify.annotations.Nullable;

/**
 * The one exception family of ins4j: every refusal of every module is an {@code InsException}, so
 * that an application maps all of them in one place (a Spring {@code @ControllerAdvice}, a JAX-RS
 * {@code ExceptionMapper}…). Each subclass names its own {@link InsErrorReason} enum through a
 * covariant {@link #reason()}; {@link #errorIndex()} gives the position of the fault in the text
 * read, where a position means something.
 *
 * <p>Messages say what is wrong and how to fix it, never the value at fault: no matricule, name or
 * birth date ever appears in {@link #getMessage()} (MAT-7).
 *
 * <p>The only other exception a factory throws is {@link NullPointerException}, for a {@code null}
 * given to a parameter that its Javadoc documents as non-null.
 *
 * <pre>{@code
 * try {
 *     InsMatricule.parse(typed);
 * } catch (InsException e) {
 *     log.warn("refused: {} at {}", e.reason().name(), e.errorIndex());   // no personal data
 * }
 * }</pre>
 */
public abstract class InsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Index of the first character at fault, or -1. */
    private final int errorIndex;

    /**
     * Creates an exception.
     *
     * @param message    what is wrong and how to fix it, without personal data
     * @param errorIndex the index of the first character at fault, or {@code -1}
     * @param cause      the underlying failure, or {@code null}
     */
    protected InsException(String message, int errorIndex, @Nullable Throwable cause) {
        super(message, cause);
        this.errorIndex = Math.max(-1, errorIndex);
    }

    /**
     * Returns why the operation was refused. Subclasses narrow the type to their own enum.
     *
     * @return the reason, never {@code null}
     */
    public abstract InsErrorReason reason();

    /**
     * Returns the index of the first character at fault in the text read, or {@code -1} when the
     * fault is not one character (a missing value, a wrong length, a rule between values).
     *
     * @return the index, or {@code -1}
     */
    public int errorIndex() {
        return errorIndex;
    }
}
