/**
 * The command line of the audit: reads a CSV base, writes the report as JSON and prints a
 * readable summary. Not exported: run it by its main class.
 */
@NullMarked
package io.github.ins4j.audit.cli;

import org.jspecify.annotations.NullMarked;
