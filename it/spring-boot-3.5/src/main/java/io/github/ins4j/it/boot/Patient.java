package io.github.ins4j.it.boot;

import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The application's own entity: ins-jpa's converters apply by themselves (autoApply). */
@Entity
public class Patient {

    @Id
    private String id;

    @Column(length = 15)
    private InsMatricule matricule;

    private BirthName birthName;

    @Column(length = 11)
    private BirthDate birthDate;

    @Column(length = 5)
    private IdentityStatus status;

    protected Patient() {
    }

    public Patient(String id, InsMatricule matricule, BirthName birthName, BirthDate birthDate,
            IdentityStatus status) {
        this.id = id;
        this.matricule = matricule;
        this.birthName = birthName;
        this.birthDate = birthDate;
        this.status = status;
    }

    public String id() {
        return id;
    }

    public InsMatricule matricule() {
        return matricule;
    }

    public BirthName birthName() {
        return birthName;
    }

    public BirthDate birthDate() {
        return birthDate;
    }

    public IdentityStatus status() {
        return status;
    }
}
