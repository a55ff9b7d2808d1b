/** Jakarta Bean Validation constraints for the INS. */
package io.github.ins4j.validation;
