package io.github.ins4j.audit;

import io.github.ins4j.error.InsException;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a base to audit from CSV, one record per line after a header:
 * {@code local_id;status;matricule;oid;earlier_matricules;birth_name;first_names;birth_date;sex;birth_place}
 * ({@code ;}-separated, no quoting, empty when missing; status {@code PROV}, {@code RECUP},
 * {@code VALI} or {@code QUAL}; earlier matricules separated by {@code |}; names, date, sex and
 * place as typed). A line starting with a byte-order mark and blank lines are accepted. Errors
 * name the line and the column, never the value.
 *
 * <pre>{@code
 * try (BufferedReader in = Files.newBufferedReader(Path.of("base.csv"))) {
 *     AuditReport report = IdentityAudit.of(AuditPolicy.defaults()).run(AuditCsv.read(in), AuditProgress.NONE);
 * }
 * }</pre>
 */
public final class AuditCsv implements Iterator<AuditRecord> {

    /** The header line, which is also the column order. */
    public static final String HEADER =
            "local_id;status;matricule;oid;earlier_matricules;birth_name;first_names;birth_date;sex;birth_place";
    private static final int MAX_LINE = 4096;
    private static final String[] COLUMNS = HEADER.split(";", -1);
    private static final java.util.regex.Pattern PIPE = java.util.regex.Pattern.compile("\\|");

    private final BufferedReader in;
    private long lineNumber;
    private @Nullable String next;

    private AuditCsv(BufferedReader in) throws IOException {
        this.in = in;
        String header = in.readLine();
        lineNumber = 1;
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (header == null || !header.strip().equalsIgnoreCase(HEADER)) {
            throw error("line 1: the header must be " + HEADER);
        }
        advance();
    }

    /**
     * Starts reading a CSV base; records are read one at a time as the iterator is consumed.
     *
     * @param in the text, header first
     * @return the records
     * @throws AuditException ({@code INVALID_CSV}) for a missing or wrong header; later, from
     *     {@link #next()}, for a line that cannot be read
     * @throws UncheckedIOException when reading fails
     */
    public static AuditCsv read(BufferedReader in) {
        java.util.Objects.requireNonNull(in, "in must not be null");
        try {
            return new AuditCsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void advance() throws IOException {
        String line;
        do {
            line = in.readLine();
            lineNumber++;
        } while (line != null && line.isBlank());
        next = line;
    }

    /**
     * Tells whether another record follows.
     *
     * @return {@code true} when it does
     */
    @Override
    public boolean hasNext() {
        return next != null;
    }

    /**
     * Reads the next record.
     *
     * @return the record
     * @throws AuditException ({@code INVALID_CSV}) for a line that cannot be read
     * @throws NoSuchElementException when there is none
     */
    @Override
    public AuditRecord next() {
        String line = next;
        if (line == null) {
            throw new NoSuchElementException();
        }
        long number = lineNumber;
        AuditRecord record = parse(line, number);
        try {
            advance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return record;
    }

    static AuditRecord parse(String line, long number) {
        if (line.length() > MAX_LINE) {
            throw error("line " + number + ": longer than " + MAX_LINE + " characters");
        }
        String[] f = line.split(";", -1);
        if (f.length != COLUMNS.length) {
            throw error("line " + number + ": " + f.length + " fields; " + COLUMNS.length + " expected");
        }
        int column = 0;
        try {
            column = 1;
            IdentityStatus status = status(f[1], number);
            LocalTraits.Builder t = LocalTraits.builder();
            column = 5;
            if (!f[5].isBlank()) {
                t.birthName(f[5]);
            }
            column = 6;
            if (!f[6].isBlank()) {
                t.firstNames(f[6]);
            }
            column = 7;
            if (!f[7].isBlank()) {
                t.birthDate(f[7]);
            }
            column = 8;
            if (!f[8].isBlank()) {
                t.sex(f[8]);
            }
            column = 9;
            if (!f[9].isBlank()) {
                t.birthPlace(f[9]);
            }
            column = 0;
            AuditRecord.Builder b = AuditRecord.builder(f[0], status, t.build());
            column = 2;
            if (!f[2].isBlank()) {
                b.ins(ins(f, number));
            }
            column = 0;
            return b.build();
        } catch (InsException e) {
            if (e.reason() == AuditException.Reason.INVALID_CSV) {
                throw e;
            }
            throw error("line " + number + ", column " + COLUMNS[column] + ": " + e.getMessage(), e);
        }
    }

    private static IdentityStatus status(String code, long number) {
        for (IdentityStatus s : IdentityStatus.values()) {
            if (s.code().equals(code.strip())) {
                return s;
            }
        }
        throw error("line " + number + ", column status: expected PROV, RECUP, VALI or QUAL");
    }

    private static InsIdentity ins(String[] f, long number) {
        InsOid oid = f[3].isBlank() ? InsOid.NIR : InsOid.parse(f[3].strip());
        InsIdentifier id = InsIdentifier.of(InsMatricule.parse(f[2].strip()), oid);
        if (f[5].isBlank() || f[6].isBlank() || f[7].isBlank() || f[8].isBlank()) {
            throw error("line " + number + ": a record with an INS needs birth name, first names,"
                    + " birth date and sex");
        }
        Traits traits = new Traits(BirthName.parseTyped(f[5]), BirthFirstNames.parseTyped(f[6]),
                BirthDate.parseTyped(f[7]), Sex.parseTyped(f[8]),
                BirthPlaceCode.parseTyped(f[9].isBlank() ? BirthPlaceCode.UNKNOWN_CODE : f[9]));
        List<EarlierIdentifier> history = new ArrayList<>();
        if (!f[4].isBlank()) {
            for (String e : PIPE.split(f[4], -1)) {
                if (!e.isBlank()) {
                    history.add(EarlierIdentifier.of(InsIdentifier.of(InsMatricule.parse(e.strip()), oid)));
                }
            }
        }
        try {
            return new InsIdentity(id, traits, history);
        } catch (IllegalArgumentException e) {
            throw error("line " + number + ": the earlier matricules repeat the active one", e);
        }
    }

    private static AuditException error(String message) {
        return new AuditException(AuditException.Reason.INVALID_CSV, message);
    }

    private static AuditException error(String message, Throwable cause) {
        return new AuditException(AuditException.Reason.INVALID_CSV, message, cause);
    }
}
