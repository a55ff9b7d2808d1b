package io.github.ins4j.it.boot;

import io.github.ins4j.matricule.InsMatricule;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** A Spring Data repository over the converted columns. */
public interface PatientRepository extends JpaRepository<Patient, String> {

    Optional<Patient> findByMatricule(InsMatricule matricule);
}
