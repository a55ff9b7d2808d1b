package io.github.ins4j.audit.spark;

import io.github.ins4j.audit.AuditCsv;
import io.github.ins4j.audit.AuditException;
import io.github.ins4j.audit.AuditKernel;
import io.github.ins4j.audit.AuditRecord;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The columns of an identity source (CSV, Parquet or a JDBC table) and the mapping of one row to
 * an {@link AuditRecord}: the layout and the rules of {@link AuditCsv} (the {@code ins-audit}
 * command line), so that a row gives the record its CSV line gives. Every column is text; a null
 * or empty cell is a missing value; earlier matricules are separated by {@code |}; names, date
 * ({@code DD/MM/YYYY}), sex and place as typed.
 *
 * <pre>{@code
 * AuditRecord r = IdentityColumns.record(new String[] {"L1", "PROV", "", "", "", "MARTIN", "JEAN",
 *         "01/02/1980", "M", "75056"});
 * }</pre>
 */
public final class IdentityColumns {

    /** The column names, in the order of {@link AuditCsv#HEADER}. */
    public static final List<String> NAMES = List.of(AuditCsv.HEADER.split(";", -1));

    private IdentityColumns() {
    }

    /**
     * Maps one row, given as the cells of {@link #NAMES} in that order, to an audit record.
     *
     * @param cells the cells (null or empty: missing)
     * @return the record
     * @throws AuditException ({@code INVALID_CSV}) when a cell cannot be read, or
     *     another reason when the record itself is refused; the message names the column, never
     *     the value
     */
    public static AuditRecord record(@Nullable String[] cells) {
        return AuditKernel.record(Objects.requireNonNull(cells, "cells must not be null"), 0);
    }
}
