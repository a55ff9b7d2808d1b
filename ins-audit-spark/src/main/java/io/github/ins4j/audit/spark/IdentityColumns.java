package io.github.ins4j.audit.spark;

import io.github.ins4j.audit.AuditException;
import io.github.ins4j.audit.AuditRecord;
import io.github.ins4j.error.InsException;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The columns of an identity source (CSV, Parquet or a JDBC table) and the mapping of one row to
 * an {@link AuditRecord}: the layout of {@code SyntheticRecord.csvHeader()} in {@code ins-testing}
 * and of the {@code ins-audit} command line. Every column is text; an empty or null cell is a
 * missing value; earlier matricules are separated by {@code |}; typed values are read with the
 * {@code parseTyped} factories (TRT-5 normalisation), the birth date as {@code DD/MM/YYYY}.
 *
 * <p>A row has the matricule but not the traits INSi returned: the INS identity of the record is
 * built with the record's own traits (birth place {@code 99999} when missing). A row with a
 * matricule but without a birth name, first names, birth date or sex keeps no INS (it cannot
 * hold one); {@link #insDropped(String[])} tells which rows.
 *
 * <pre>{@code
 * AuditRecord r = IdentityColumns.record(new String[] {"L1", "PROV", "", "", "", "MARTIN", "JEAN",
 *         "01/02/1980", "M", "75056"});
 * }</pre>
 */
public final class IdentityColumns {

    /** The column names, in this order. */
    public static final List<String> NAMES = List.of("local_id", "status", "matricule", "oid",
            "earlier_matricules", "birth_name", "first_names", "birth_date", "sex", "birth_place");

    static final int LOCAL_ID = 0;
    private static final int STATUS = 1;
    private static final int MATRICULE = 2;
    private static final int OID = 3;
    private static final int EARLIER = 4;
    private static final int BIRTH_NAME = 5;
    private static final int FIRST_NAMES = 6;
    private static final int BIRTH_DATE = 7;
    private static final int SEX = 8;
    private static final int BIRTH_PLACE = 9;

    private IdentityColumns() {
    }

    /**
     * Maps one row, given as the cells of {@link #NAMES} in that order, to an audit record.
     *
     * @param cells the cells (null or empty: missing)
     * @return the record
     * @throws SparkAuditException ({@code INVALID_ROW}) when a cell cannot be read; the message
     *     names the column, never the value
     * @throws AuditException when the record itself is refused (a bad local id, a status
     *     without the INS it needs)
     */
    public static AuditRecord record(@Nullable String[] cells) {
        Objects.requireNonNull(cells, "cells must not be null");
        if (cells.length != NAMES.size()) {
            throw new SparkAuditException(SparkAuditException.Reason.INVALID_ROW,
                    "a row needs " + NAMES.size() + " columns " + NAMES + ", not " + cells.length, null);
        }
        int column = LOCAL_ID;
        try {
            String id = cell(cells, LOCAL_ID);
            if (id == null) {
                throw new SparkAuditException(SparkAuditException.Reason.INVALID_ROW, "a row has no local_id", null);
            }
            column = STATUS;
            IdentityStatus status = status(cell(cells, STATUS));
            column = BIRTH_NAME;
            LocalTraits.Builder t = LocalTraits.builder();
            String name = cell(cells, BIRTH_NAME);
            if (name != null) {
                t.birthName(name);
            }
            column = FIRST_NAMES;
            String first = cell(cells, FIRST_NAMES);
            if (first != null) {
                t.firstNames(first);
            }
            column = BIRTH_DATE;
            String date = cell(cells, BIRTH_DATE);
            if (date != null) {
                t.birthDate(date);
            }
            column = SEX;
            String sex = cell(cells, SEX);
            if (sex != null) {
                t.sex(sex);
            }
            column = BIRTH_PLACE;
            String place = cell(cells, BIRTH_PLACE);
            if (place != null) {
                t.birthPlace(place);
            }
            LocalTraits traits = t.build();
            AuditRecord.Builder b = AuditRecord.builder(id, status, traits);
            column = MATRICULE;
            InsIdentity ins = ins(cells, traits);
            if (ins != null) {
                b.ins(ins);
            }
            return b.build();
        } catch (AuditException | SparkAuditException e) {
            throw e;
        } catch (InsException e) {
            throw new SparkAuditException(SparkAuditException.Reason.INVALID_ROW,
                    "the column " + NAMES.get(column) + " cannot be read: " + e.reason(), e);
        }
    }

    /**
     * Whether the row has a matricule that the record cannot keep (traits incomplete).
     *
     * @param cells the cells of {@link #NAMES}
     * @return true when the matricule is left out
     */
    public static boolean insDropped(@Nullable String[] cells) {
        return cell(cells, MATRICULE) != null && record(cells).ins().isEmpty();
    }

    private static @Nullable InsIdentity ins(@Nullable String[] cells, LocalTraits traits) {
        String m = cell(cells, MATRICULE);
        if (m == null) {
            return null;
        }
        if (traits.birthName().isEmpty() || traits.firstNames().isEmpty() || traits.birthDate().isEmpty()
                || traits.sex().isEmpty()) {
            return null;
        }
        InsOid oid = InsOid.parse(cell(cells, OID));
        Traits strict = new Traits(traits.birthName().get(), traits.firstNames().get(), traits.birthDate().get(),
                traits.sex().get(), traits.birthPlace().orElse(BirthPlaceCode.parse(BirthPlaceCode.UNKNOWN_CODE)));
        List<EarlierIdentifier> history = new ArrayList<>();
        String earlier = cell(cells, EARLIER);
        if (earlier != null) {
            for (String e : earlier.split("\\|", -1)) {
                if (!e.isBlank()) {
                    history.add(EarlierIdentifier.of(InsIdentifier.of(InsMatricule.parse(e.strip()), oid)));
                }
            }
        }
        return new InsIdentity(InsIdentifier.of(InsMatricule.parse(m), oid), strict, history);
    }

    private static IdentityStatus status(@Nullable String code) {
        for (IdentityStatus s : IdentityStatus.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new SparkAuditException(SparkAuditException.Reason.INVALID_ROW,
                "the column status must be PROV, RECUP, VALI or QUAL", null);
    }

    private static @Nullable String cell(@Nullable String[] cells, int i) {
        String s = cells[i];
        return s == null || s.isBlank() ? null : s.strip();
    }
}
