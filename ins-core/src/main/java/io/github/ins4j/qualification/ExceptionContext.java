package io.github.ins4j.qualification;

/**
 * The RNIV exception cases that make an exception-only identity document acceptable; the operator
 * states the case when checking the document.
 */
public enum ExceptionContext {
    /** The person is a minor (parents' family record book, travel document for foreign minors). */
    MINOR,
    /** Direct admission to a nursing home (family record book or birth certificate + carte Vitale). */
    NURSING_HOME_ADMISSION
}
