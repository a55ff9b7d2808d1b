package io.github.ins4j.audit;

/**
 * The blocking passes of the audit: each pass groups records by a key, and only records of one
 * block are compared. A pair found by an earlier pass is not scored again. The passes and their
 * keys:
 *
 * <table>
 *   <caption>Blocking passes</caption>
 *   <tr><th>pass</th><th>key</th><th>finds duplicates with</th></tr>
 *   <tr><td>{@link #MATRICULE}</td><td>the active and the earlier matricules</td><td>a shared INS (AUD-1, AUD-2, AUD-3)</td></tr>
 *   <tr><td>{@link #BIRTH_DATE}</td><td>birth year, and day and month in either order</td><td>any name error</td></tr>
 *   <tr><td>{@link #NAME_FIRST_NAME_SEX}</td><td>phonetic birth name + phonetic first first name + sex</td><td>a date error</td></tr>
 *   <tr><td>{@link #FIRST_NAME_YEAR_PLACE}</td><td>phonetic first first name + birth year + birth department or country</td><td>a name error and a day or month error</td></tr>
 *   <tr><td>{@link #YEAR_SEX_INITIALS}</td><td>birth year + sex + first three letters of the first two first names</td><td>a used name typed as birth name, with a day or month error and no place</td></tr>
 *   <tr><td>{@link #NAME_YEAR}</td><td>first four letters of the phonetic birth name + birth year</td><td>a first-name error and a day or month error</td></tr>
 *   <tr><td>{@link #FIRST_NAME_DAY_MONTH}</td><td>phonetic first first name + day and month in either order</td><td>a birth-name or sex error and a year error</td></tr>
 *   <tr><td>{@link #NAME_DAY_MONTH}</td><td>first four letters of the phonetic birth name + day and month in either order</td><td>a first-name error and a year error</td></tr>
 *   <tr><td>{@link #INITIALS_DAY_MONTH}</td><td>first three letters of the first two first names + day and month in either order</td><td>a birth-name error, a first-name error past the third letter, and a year error</td></tr>
 * </table>
 * The first five passes are those of issue 22; the last four were added after measuring which
 * duplicates with two errors the first five missed on the generated base.
 *
 * <pre>{@code
 * report.passCounts().get(BlockingPass.BIRTH_DATE).candidatePairs();
 * }</pre>
 */
public enum BlockingPass {
    /** Same active or earlier matricule. */
    MATRICULE,
    /** Same birth year, day and month in either order (a swap). */
    BIRTH_DATE,
    /** Same phonetic birth name, phonetic first first name and sex. */
    NAME_FIRST_NAME_SEX,
    /** Same phonetic first first name, birth year and birth department or country. */
    FIRST_NAME_YEAR_PLACE,
    /** Same birth year, sex and first letters of the first two first names. */
    YEAR_SEX_INITIALS,
    /** Same start of the phonetic birth name, and birth year. */
    NAME_YEAR,
    /** Same phonetic first first name, and day and month in either order. */
    FIRST_NAME_DAY_MONTH,
    /** Same start of the phonetic birth name, and day and month in either order. */
    NAME_DAY_MONTH,
    /** Same first letters of the first two first names, and day and month in either order. */
    INITIALS_DAY_MONTH
}
