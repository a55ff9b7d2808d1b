/**
 * ins4j audit: duplicates and collisions in a base of identities (AUD-1 to AUD-7).
 *
 * <p>Exported package: {@link io.github.ins4j.audit}, whose entry points are
 * {@link io.github.ins4j.audit.IdentityAudit} (the whole base) and
 * {@link io.github.ins4j.audit.AuditIndex} (one record at creation time). The blocking, phonetic
 * and string-distance code lives in a package that is not exported.
 */
module io.github.ins4j.audit {
    requires static org.jspecify;
    requires transitive io.github.ins4j.core;

    exports io.github.ins4j.audit;
}
