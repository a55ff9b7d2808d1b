package io.github.ins4j.error;

/**
 * Why an ins4j operation was refused. Each exception of the {@link InsException} family has its own
 * enum implementing this interface, so that a caller can switch on the precise enum or handle every
 * reason by its {@link #name()} in one place.
 *
 * <pre>{@code
 * catch (InsException e) {
 *     InsErrorReason reason = e.reason();
 *     if (reason instanceof InvalidMatriculeException.Reason r && r == KEY_MISMATCH) { ... }
 *     String key = reason.messageKey();   // e.g. "ins4j.matricule.KEY_MISMATCH"
 * }
 * }</pre>
 */
public interface InsErrorReason {

    /**
     * Returns the constant's name, as {@link Enum#name()}.
     *
     * @return e.g. {@code KEY_MISMATCH}
     */
    String name();

    /**
     * Returns the family of the reason: the domain concept it belongs to.
     *
     * @return e.g. {@code matricule}, {@code trait}, {@code qualification}
     */
    String family();

    /**
     * Returns a stable key for messages and logs: {@code ins4j.<family>.<NAME>}.
     *
     * @return e.g. {@code ins4j.matricule.KEY_MISMATCH}
     */
    default String messageKey() {
        return "ins4j." + family() + "." + name();
    }
}
