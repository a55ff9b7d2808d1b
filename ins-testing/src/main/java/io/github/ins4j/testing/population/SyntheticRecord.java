package io.github.ins4j.testing.population;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.qualification.IdentityStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One record of a {@link SyntheticPopulation}: what an identity base holds (local id, status, INS
 * identity, traits as typed) and the truth about it (which person, which role, which operators).
 * Records of the same {@link #personId()} are the true duplicates.
 *
 * <p>All data are fictitious and the INS uses the test OID; {@code toString()} still masks the
 * traits, as every ins4j type does.
 *
 * <pre>{@code
 * boolean sameperson = a.personId() == b.personId();
 * }</pre>
 */
public final class SyntheticRecord {

    private final String localId;
    private final long personId;
    private final Role role;
    private final long relatedPersonId;
    private final List<DuplicateOperator> operators;
    private final IdentityStatus status;
    private final @Nullable InsIdentity ins;
    private final LocalTraits traits;
    private final String[] typed;

    SyntheticRecord(String localId, long personId, Role role, long relatedPersonId,
            List<DuplicateOperator> operators, IdentityStatus status, @Nullable InsIdentity ins,
            LocalTraits traits, String[] typed) {
        this.localId = localId;
        this.personId = personId;
        this.role = role;
        this.relatedPersonId = relatedPersonId;
        this.operators = List.copyOf(operators);
        this.status = status;
        this.ins = ins;
        this.traits = traits;
        this.typed = typed.clone();
    }

    /**
     * Returns the local id: 16 hexadecimal digits that say nothing of the truth.
     *
     * @return the local id
     */
    public String localId() {
        return localId;
    }

    /**
     * Returns the person the traits belong to (truth).
     *
     * @return the person id
     */
    public long personId() {
        return personId;
    }

    /**
     * Returns what the record is (truth).
     *
     * @return the role
     */
    public Role role() {
        return role;
    }

    /**
     * Returns the other person of a twin, homonym or collision (whose INS the collision holds).
     *
     * @return the person id, or -1 for originals and duplicates
     */
    public long relatedPersonId() {
        return relatedPersonId;
    }

    /**
     * Returns the operators that made this duplicate.
     *
     * @return the operators, empty unless {@link Role#DUPLICATE}
     */
    public List<DuplicateOperator> operators() {
        return operators;
    }

    /**
     * Returns the RNIV status.
     *
     * @return the status
     */
    public IdentityStatus status() {
        return status;
    }

    /**
     * Returns the INS identity, for retrieved and qualified records.
     *
     * @return the identity, or empty
     */
    public Optional<InsIdentity> ins() {
        return Optional.ofNullable(ins);
    }

    /**
     * Returns the traits as the record holds them (as typed).
     *
     * @return the local traits
     */
    public LocalTraits traits() {
        return traits;
    }

    /**
     * Returns the CSV header of {@link #csvLine()}.
     *
     * @return the header, {@code ;}-separated
     */
    public static String csvHeader() {
        return "local_id;status;matricule;oid;earlier_matricules;birth_name;first_names;birth_date;sex;birth_place";
    }

    /**
     * Returns the record as a CSV line (fictitious data, test OID), in the layout the
     * {@code ins-audit} command line reads: fields separated by {@code ;}, empty when missing,
     * earlier matricules separated by {@code |}, the birth date as typed ({@code DD/MM/YYYY}).
     *
     * @return the line, without line break
     */
    public String csvLine() {
        String matricule = "";
        String oid = "";
        String earlier = "";
        if (ins != null) {
            matricule = ins.identifier().matricule().value();
            oid = ins.identifier().oid().oid();
            earlier = ins.history().stream().map(e -> e.identifier().matricule().value())
                    .collect(Collectors.joining("|"));
        }
        return String.join(";", localId, status.code(), matricule, oid, earlier, typed[0], typed[1], typed[2],
                typed[3], typed[4]);
    }

    /**
     * Returns the CSV header of {@link #truthLine()}.
     *
     * @return the header
     */
    public static String truthHeader() {
        return "local_id;person_id;role;related_person_id;operators";
    }

    /**
     * Returns the truth of the record as a CSV line.
     *
     * @return the line
     */
    public String truthLine() {
        return localId + ";" + personId + ";" + role + ";" + (relatedPersonId < 0 ? "" : relatedPersonId) + ";"
                + operators.stream().map(Enum::name).collect(Collectors.joining("|"));
    }

    /**
     * Returns the local id, role and status; no trait, no matricule.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "SyntheticRecord[" + localId + ", person " + personId + ", " + role + ", " + status.code() + "]";
    }
}
