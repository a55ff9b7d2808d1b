package io.github.ins4j.jpa;

import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's entity: the converters apply by themselves (autoApply). */
@Entity
@Table(name = "test_patient")
class Patient {
    @Id
    String id;
    @Column(length = 15)
    InsMatricule matricule;
    InsOid oid;
    BirthName birthName;
    BirthFirstNames firstNames;
    @Column(length = 11)
    BirthDate birthDate;
    @Column(length = 1)
    Sex sex;
    @Column(length = 5)
    BirthPlaceCode birthPlace;
    @Column(length = 5)
    IdentityStatus status;

    protected Patient() {
    }

    Patient(String id) {
        this.id = id;
    }
}
