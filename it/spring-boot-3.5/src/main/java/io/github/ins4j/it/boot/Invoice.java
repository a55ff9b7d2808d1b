package io.github.ins4j.it.boot;

import io.github.ins4j.validation.NoIns;

/** A billing document, which must not carry the INS. */
@NoIns
public record Invoice(String number, String comment) {
}
