/**
 * The identity-base audit as an Apache Spark job (08-audit.md, "Scale"): the same blocking
 * passes, scorer, detectors AUD-1 to AUD-7, clusters with the AUD-4 guard and indicators as
 * {@code ins-audit}, on a base spread over several machines.
 *
 * <pre>{@code
 * SparkIdentityAudit.Result r = SparkIdentityAudit.of(AuditPolicy.defaults())
 *         .run(spark.read().option("header", true).option("sep", ";").csv("identities.csv"));
 * r.write("audit-out");
 * }</pre>
 */
@NullMarked
package io.github.ins4j.audit.spark;

import org.jspecify.annotations.NullMarked;
