package io.github.ins4j.it.boot;

import io.github.ins4j.validation.ValidBirthName;
import io.github.ins4j.validation.ValidInsMatricule;

/** What the desk typed, validated by Boot's Validator with ins-validation's constraints. */
public record PatientForm(@ValidInsMatricule String matricule, @ValidBirthName String birthName) {
}
