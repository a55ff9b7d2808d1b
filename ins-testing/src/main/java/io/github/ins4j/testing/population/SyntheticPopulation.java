package io.github.ins4j.testing.population;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A seeded, streaming synthetic identity base with its truth (see the package description). The
 * same seed, size and profile give the same records in the same order; records are generated
 * while the stream is read, a few at a time, so a base of millions needs no memory of its own.
 *
 * <p>The population: a hospital age pyramid (born 1925 to 2025), birth places in metropolitan
 * France (Corsica {@code 2A} / {@code 2B} included), overseas, abroad, or unknown; birth names
 * from a list of common ones (10 %) or built from syllables (the long tail); one to three first
 * names, some composed; statuses by the profile; a NIR (test OID) for retrieved and qualified
 * persons, 5 % of them with an earlier matricule. Then, per person and by the profile's rates:
 * duplicates made by {@link DuplicateOperator}s, a twin (same birth name, date and place, other
 * first names; a quarter of them {@code JEAN} / {@code JEANNE}-like pairs of opposite sexes), a
 * homonym (same birth name, first names and sex, born at least two years apart on a date that
 * differs in at least two digits), and a collision (a record holding another person's INS; 40 %
 * are a child recorded with a parent's INS).
 *
 * <pre>{@code
 * SyntheticPopulation base = SyntheticPopulation.of(42L, 100_000, PopulationProfile.hospital());
 * try (Stream<SyntheticRecord> records = base.stream()) {
 *     records.forEach(r -> System.out.println(r.truthLine()));
 * }
 * }</pre>
 */
public final class SyntheticPopulation implements Iterable<SyntheticRecord> {

    private static final int LAST_YEAR = 2025;
    private static final int SLOTS = 8;

    private final long seed;
    private final int size;
    private final PopulationProfile profile;

    private SyntheticPopulation(long seed, int size, PopulationProfile profile) {
        this.seed = seed;
        this.size = size;
        this.profile = profile;
    }

    /**
     * Describes a base.
     *
     * @param seed the seed
     * @param size the number of records
     * @param profile the rates
     * @return the population, generated when read
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public static SyntheticPopulation of(long seed, int size, PopulationProfile profile) {
        Objects.requireNonNull(profile, "profile must not be null");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        return new SyntheticPopulation(seed, size, profile);
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the number of records.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * Returns the profile.
     *
     * @return the profile
     */
    public PopulationProfile profile() {
        return profile;
    }

    /**
     * Generates the records, in a fixed order.
     *
     * @return an ordered, sequential stream of {@link #size()} records
     */
    public Stream<SyntheticRecord> stream() {
        return StreamSupport.stream(Spliterators.spliterator(iterator(), size,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED), false);
    }

    /**
     * Generates the records, in a fixed order.
     *
     * @return an iterator over {@link #size()} records
     */
    @Override
    public Iterator<SyntheticRecord> iterator() {
        return new Generator();
    }

    /**
     * Returns the seed, the size and the profile.
     *
     * @return the description of the base
     */
    @Override
    public String toString() {
        return "SyntheticPopulation[seed " + seed + ", " + size + " records, " + profile + "]";
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A person's true traits. */
    private static final class Person {
        long id;
        String birthName = "";
        List<String> firstNames = new ArrayList<>();
        int year;
        int month;
        int day;
        Sex sex = Sex.F;
        @Nullable String place;
        IdentityStatus status = IdentityStatus.PROVISIONAL;
        @Nullable InsIdentity ins;
        @Nullable InsMatricule earlier;

        Person copy() {
            Person p = new Person();
            p.id = id;
            p.birthName = birthName;
            p.firstNames = new ArrayList<>(firstNames);
            p.year = year;
            p.month = month;
            p.day = day;
            p.sex = sex;
            p.place = place;
            p.status = status;
            p.ins = ins;
            p.earlier = earlier;
            return p;
        }
    }

    /** What a record holds, before it is typed. */
    private static final class Draft {
        String birthName;
        @Nullable List<String> firstNames;
        int year;
        int month;
        int day;
        Sex sex;
        @Nullable String place;
        boolean accents;

        Draft(Person p) {
            this.birthName = p.birthName;
            this.firstNames = new ArrayList<>(p.firstNames);
            this.year = p.year;
            this.month = p.month;
            this.day = p.day;
            this.sex = p.sex;
            this.place = p.place;
        }
    }

    private final class Generator implements Iterator<SyntheticRecord> {
        private final ArrayDeque<SyntheticRecord> buffer = new ArrayDeque<>();
        private long personIndex;
        private int emitted;

        @Override
        public boolean hasNext() {
            return emitted < size;
        }

        @Override
        public SyntheticRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            while (buffer.isEmpty()) {
                generate(personIndex++, buffer);
            }
            emitted++;
            return buffer.removeFirst();
        }
    }

    private String localId(long person, int slot) {
        long counter = person * SLOTS + slot;
        return String.format(Locale.ROOT, "%016X", mix(counter ^ (seed * 0x9E3779B97F4A7C15L)));
    }

    private void generate(long index, ArrayDeque<SyntheticRecord> out) {
        SplittableRandom rnd = new SplittableRandom(mix(seed * 31 + index));
        Person p = person(rnd, index * SLOTS);
        boolean twin = rnd.nextDouble() < profile.twinRate();
        Person t = null;
        if (twin) {
            t = twinOf(rnd, p, index * SLOTS + 3);
        }
        out.add(record(index, 0, p, Role.ORIGINAL, -1, List.of(), p.status, p.ins, new Draft(p)));
        if (rnd.nextDouble() < profile.duplicateRate()) {
            int copies = rnd.nextDouble() < 0.15 ? 2 : 1;
            for (int c = 1; c <= copies; c++) {
                out.add(duplicate(rnd, index, c, p));
            }
        }
        if (t != null) {
            out.add(record(index, 3, t, Role.TWIN, p.id, List.of(), t.status, t.ins, new Draft(t)));
        }
        if (rnd.nextDouble() < profile.homonymRate()) {
            Person h = homonymOf(rnd, p, index * SLOTS + 4);
            out.add(record(index, 4, h, Role.HOMONYM, p.id, List.of(), h.status, h.ins, new Draft(h)));
        }
        if (rnd.nextDouble() < profile.collisionRate()) {
            Person x = collisionOf(rnd, p, index * SLOTS + 5);
            InsIdentity stolen = p.ins != null ? p.ins : insOf(rnd, p, false);
            out.add(record(index, 5, x, Role.COLLISION, p.id, List.of(), IdentityStatus.QUALIFIED, stolen,
                    new Draft(x)));
        }
    }

    private SyntheticRecord record(long index, int slot, Person person, Role role, long related,
            List<DuplicateOperator> ops, IdentityStatus status, @Nullable InsIdentity ins, Draft d) {
        String name = d.birthName;
        String first = d.firstNames == null ? "" : String.join(" ", d.firstNames);
        if (d.accents) {
            name = accentuate(name, index);
            first = accentuate(first, index + 1);
        }
        LocalTraits.Builder b = LocalTraits.builder().birthName(name)
                .birthDate(BirthDate.of(LocalDate.of(d.year, d.month, d.day))).sex(d.sex);
        if (!first.isEmpty()) {
            b.firstNames(first);
        }
        if (d.place != null) {
            b.birthPlace(d.place);
        }
        String[] typed = {name, first, String.format(Locale.ROOT, "%02d/%02d/%04d", d.day, d.month, d.year),
            d.sex.code(), d.place == null ? "" : d.place};
        return new SyntheticRecord(localId(index, slot), person.id, role, related, ops, status, ins, b.build(), typed);
    }

    private static String accentuate(String text, long salt) {
        String out = text;
        for (String[] a : FrenchNames.ACCENTED) {
            out = out.replace(a[0], a[1].toUpperCase(Locale.ROOT));
        }
        return switch ((int) Math.floorMod(salt, 3L)) {
            case 0 -> out.toLowerCase(Locale.ROOT);
            case 1 -> capitalise(out);
            default -> out;
        };
    }

    private static String capitalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'';
        }
        return sb.toString();
    }

    // ---- persons

    private Person person(SplittableRandom rnd, long id) {
        Person p = new Person();
        p.id = id;
        p.sex = rnd.nextDouble() < 0.52 ? Sex.F : Sex.M;
        birthDate(rnd, p);
        p.place = place(rnd);
        p.birthName = birthName(rnd);
        p.firstNames = firstNames(rnd, p.sex);
        double u = rnd.nextDouble();
        double q = profile.qualifiedShare();
        p.status = u < q ? IdentityStatus.QUALIFIED : u < q + 0.08 ? IdentityStatus.RETRIEVED
                : u < q + 0.20 ? IdentityStatus.VALIDATED : IdentityStatus.PROVISIONAL;
        if (p.status == IdentityStatus.QUALIFIED || p.status == IdentityStatus.RETRIEVED) {
            p.ins = insOf(rnd, p, rnd.nextDouble() < 0.05);
            if (!p.ins.history().isEmpty()) {
                p.earlier = p.ins.history().get(0).identifier().matricule();
            }
        }
        return p;
    }

    private static void birthDate(SplittableRandom rnd, Person p) {
        double u = rnd.nextDouble();
        int age = u < 0.12 ? rnd.nextInt(0, 15) : u < 0.37 ? rnd.nextInt(15, 45) : u < 0.62 ? rnd.nextInt(45, 65)
                : u < 0.85 ? rnd.nextInt(65, 80) : rnd.nextInt(80, 101);
        p.year = LAST_YEAR - age;
        p.month = rnd.nextInt(1, 13);
        p.day = rnd.nextInt(1, YearMonth.of(p.year, p.month).lengthOfMonth() + 1);
    }

    private static @Nullable String place(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        if (u < 0.015) {
            return (rnd.nextBoolean() ? "2A" : "2B") + String.format(Locale.ROOT, "%03d", rnd.nextInt(1, 367));
        }
        if (u < 0.80) {
            int dept = rnd.nextInt(1, 95);
            if (dept == 20) {
                dept = 95;
            }
            return String.format(Locale.ROOT, "%02d%03d", dept, rnd.nextInt(1, 601));
        }
        if (u < 0.85) {
            return pick(rnd, FrenchNames.OVERSEAS) + String.format(Locale.ROOT, "%02d", rnd.nextInt(1, 35));
        }
        if (u < 0.98) {
            return pick(rnd, FrenchNames.COUNTRIES);
        }
        return null; // unknown: left out locally, 99999 in the INS
    }

    private static String birthName(SplittableRandom rnd) {
        if (rnd.nextDouble() < 0.10) {
            List<String> l = FrenchNames.COMMON_BIRTH_NAMES;
            return l.get((int) (l.size() * Math.pow(rnd.nextDouble(), 1.5)));
        }
        String built = builtName(rnd);
        double u = rnd.nextDouble();
        if (u < 0.03) {
            return built + "--" + builtName(rnd);
        }
        if (u < 0.04) {
            return "LE " + built;
        }
        return built;
    }

    private static String builtName(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder();
        int syllables = rnd.nextInt(2, 4);
        for (int i = 0; i < syllables; i++) {
            sb.append(pick(rnd, FrenchNames.SYLLABLES));
        }
        return sb.append(pick(rnd, FrenchNames.ENDINGS)).toString();
    }

    private static List<String> firstNames(SplittableRandom rnd, Sex sex) {
        List<String> names = new ArrayList<>(3);
        List<String> pool = sex == Sex.M ? FrenchNames.MALE : FrenchNames.FEMALE;
        if (rnd.nextDouble() < 0.10) {
            names.add(pick(rnd, sex == Sex.M ? FrenchNames.COMPOSED_MALE : FrenchNames.COMPOSED_FEMALE));
        } else {
            names.add(pool.get((int) (pool.size() * Math.pow(rnd.nextDouble(), 1.7))));
        }
        double u = rnd.nextDouble();
        int count = u < 0.35 ? 1 : u < 0.75 ? 2 : 3;
        while (names.size() < count) {
            String n = pick(rnd, pool);
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return names;
    }

    private static InsIdentity insOf(SplittableRandom rnd, Person p, boolean withHistory) {
        String place = p.place != null ? p.place : pick(rnd, FrenchNames.COUNTRIES);
        int digit = p.sex == Sex.M ? 1 : 2;
        InsMatricule nir = matricule(digit, p.year % 100, p.month, place, rnd.nextInt(1, 1000));
        Traits traits = new Traits(BirthName.parse(p.birthName), BirthFirstNames.parse(String.join(" ", p.firstNames)),
                BirthDate.of(LocalDate.of(p.year, p.month, p.day)), p.sex,
                BirthPlaceCode.parse(p.place == null ? BirthPlaceCode.UNKNOWN_CODE : p.place));
        List<EarlierIdentifier> history = new ArrayList<>();
        if (withHistory) {
            InsMatricule nia = matricule(digit + 6, p.year % 100, p.month, place, rnd.nextInt(1, 1000));
            history.add(EarlierIdentifier.of(InsIdentifier.of(nia, InsOid.NIR_TEST)));
        }
        return new InsIdentity(InsIdentifier.of(nir, InsOid.NIR_TEST), traits, history);
    }

    /** The key of MAT-1: {@code 97 - (N mod 97)}, {@code 2A} read as 19 and {@code 2B} as 18. */
    private static InsMatricule matricule(int sexDigit, int yy, int month, String place, int order) {
        String body = String.format(Locale.ROOT, "%d%02d%02d%s%03d", sexDigit, yy, month, place, order);
        long n = Long.parseLong(body.replace("2A", "19").replace("2B", "18"));
        return InsMatricule.parse(body + String.format(Locale.ROOT, "%02d", 97 - n % 97));
    }

    private Person twinOf(SplittableRandom rnd, Person p, long id) {
        Person t = p.copy();
        t.id = id;
        if (rnd.nextDouble() < 0.25) {
            String[] pair = pick(rnd, FrenchNames.OPPOSITE_FORMS);
            boolean pMale = p.sex == Sex.M;
            p.firstNames.set(0, pMale ? pair[0] : pair[1]);
            t.sex = pMale ? Sex.F : Sex.M;
            t.firstNames = new ArrayList<>(List.of(pMale ? pair[1] : pair[0]));
            if (p.ins != null) {
                p.ins = insOf(rnd, p, !p.ins.history().isEmpty());
                p.earlier = p.ins.history().isEmpty() ? null : p.ins.history().get(0).identifier().matricule();
            }
        } else {
            t.sex = rnd.nextBoolean() ? Sex.M : Sex.F;
            do {
                t.firstNames = firstNames(rnd, t.sex);
            } while (t.firstNames.get(0).charAt(0) == p.firstNames.get(0).charAt(0));
        }
        othersStatus(rnd, t);
        return t;
    }

    private void othersStatus(SplittableRandom rnd, Person t) {
        double u = rnd.nextDouble();
        t.status = u < profile.qualifiedShare() ? IdentityStatus.QUALIFIED : IdentityStatus.PROVISIONAL;
        t.ins = t.status == IdentityStatus.QUALIFIED ? insOf(rnd, t, false) : null;
        t.earlier = null;
    }

    private Person homonymOf(SplittableRandom rnd, Person p, long id) {
        Person h = p.copy();
        h.id = id;
        int ymd = p.year * 10000 + p.month * 100 + p.day;
        do {
            birthDate(rnd, h);
        } while (Math.abs(h.year - p.year) < 2 || digitsApart(ymd, h.year * 10000 + h.month * 100 + h.day) < 2
                || (h.month == p.day && h.day == p.month));
        h.place = place(rnd);
        othersStatus(rnd, h);
        return h;
    }

    private static int digitsApart(int x, int y) {
        int n = 0;
        for (int i = 0; i < 8; i++) {
            if (x % 10 != y % 10) {
                n++;
            }
            x /= 10;
            y /= 10;
        }
        return n;
    }

    private Person collisionOf(SplittableRandom rnd, Person p, long id) {
        Person x;
        if (rnd.nextDouble() < 0.4 && p.year + 20 <= LAST_YEAR) {
            x = p.copy();
            x.sex = rnd.nextBoolean() ? Sex.M : Sex.F;
            x.firstNames = firstNames(rnd, x.sex);
            x.year = Math.min(LAST_YEAR, p.year + rnd.nextInt(20, 41));
            x.month = rnd.nextInt(1, 13);
            x.day = rnd.nextInt(1, YearMonth.of(x.year, x.month).lengthOfMonth() + 1);
        } else {
            x = person(rnd, id);
        }
        x.id = id;
        return x;
    }

    // ---- duplicates

    private static final DuplicateOperator[] WEIGHTED = weighted();

    private static DuplicateOperator[] weighted() {
        List<DuplicateOperator> l = new ArrayList<>();
        add(l, DuplicateOperator.KEYBOARD_TYPO, 20);
        add(l, DuplicateOperator.PHONETIC_SPELLING, 10);
        add(l, DuplicateOperator.ACCENTS_AND_CASE, 12);
        add(l, DuplicateOperator.HYPHEN_LOST, 4);
        add(l, DuplicateOperator.DAY_MONTH_SWAP, 6);
        add(l, DuplicateOperator.DATE_ONE_DIGIT, 8);
        add(l, DuplicateOperator.PLACEHOLDER_DATE, 3);
        add(l, DuplicateOperator.PLACE_MISSING, 8);
        add(l, DuplicateOperator.PLACE_MERGED_COMMUNE, 4);
        add(l, DuplicateOperator.FIRST_NAMES_TRUNCATED, 8);
        add(l, DuplicateOperator.FIRST_NAMES_REORDERED, 3);
        add(l, DuplicateOperator.USED_NAME_AS_BIRTH_NAME, 4);
        add(l, DuplicateOperator.SEX_TYPO, 2);
        add(l, DuplicateOperator.PROVISIONAL_PLACEHOLDER, 3);
        return l.toArray(new DuplicateOperator[0]);
    }

    private static void add(List<DuplicateOperator> l, DuplicateOperator op, int weight) {
        for (int i = 0; i < weight; i++) {
            l.add(op);
        }
    }

    private SyntheticRecord duplicate(SplittableRandom rnd, long index, int slot, Person p) {
        if (p.ins != null && rnd.nextDouble() < profile.insCopiedShare()) {
            return record(index, slot, p, Role.DUPLICATE, -1, List.of(DuplicateOperator.INS_COPIED), p.status,
                    p.ins, new Draft(p));
        }
        InsMatricule earlier = p.earlier;
        InsIdentity ins = p.ins;
        if (earlier != null && ins != null && rnd.nextDouble() < 0.5) {
            InsIdentity old = InsIdentity.of(InsIdentifier.of(earlier, InsOid.NIR_TEST), ins.traits());
            return record(index, slot, p, Role.DUPLICATE, -1, List.of(DuplicateOperator.EARLIER_INS),
                    IdentityStatus.QUALIFIED, old, new Draft(p));
        }
        Draft d = new Draft(p);
        double u = rnd.nextDouble();
        int count = u < 0.10 ? 0 : u < 0.72 ? 1 : u < 0.95 ? 2 : 3;
        List<DuplicateOperator> ops = new ArrayList<>();
        int guard = 0;
        while (ops.size() < count && guard++ < 20) {
            DuplicateOperator op = WEIGHTED[rnd.nextInt(WEIGHTED.length)];
            if (ops.contains(op)) {
                continue;
            }
            DuplicateOperator applied = apply(rnd, op, d);
            if (!ops.contains(applied)) {
                ops.add(applied);
            }
        }
        IdentityStatus status = rnd.nextDouble() < 0.75 ? IdentityStatus.PROVISIONAL : IdentityStatus.VALIDATED;
        return record(index, slot, p, Role.DUPLICATE, -1, ops, status, null, d);
    }

    /** Applies an operator, or a keyboard typo when it does not apply; returns what was applied. */
    private static DuplicateOperator apply(SplittableRandom rnd, DuplicateOperator op, Draft d) {
        List<String> names = d.firstNames;
        switch (op) {
            case PHONETIC_SPELLING -> {
                boolean onName = names == null || rnd.nextBoolean();
                String before = onName || names == null ? d.birthName : names.get(0);
                String after = phonetic(rnd, before);
                if (!after.equals(before)) {
                    if (onName || names == null) {
                        d.birthName = after;
                    } else {
                        names.set(0, after);
                    }
                    return op;
                }
            }
            case ACCENTS_AND_CASE -> {
                d.accents = true;
                return op;
            }
            case HYPHEN_LOST -> {
                if (d.birthName.contains("--")) {
                    d.birthName = d.birthName.replace("--", " ");
                    return op;
                }
                if (names != null && names.get(0).contains("-")) {
                    names.set(0, names.get(0).replace('-', ' '));
                    return op;
                }
            }
            case DAY_MONTH_SWAP -> {
                if (d.day <= 12 && d.day != d.month) {
                    int m = d.month;
                    d.month = d.day;
                    d.day = m;
                    return op;
                }
                return apply(rnd, DuplicateOperator.DATE_ONE_DIGIT, d);
            }
            case DATE_ONE_DIGIT -> {
                for (int attempt = 0; attempt < 20; attempt++) {
                    int which = rnd.nextInt(3);
                    int y = d.year;
                    int m = d.month;
                    int day = d.day;
                    if (which == 0) {
                        day = day / 10 * 10 + rnd.nextInt(10);
                    } else if (which == 1) {
                        m = m / 10 * 10 + rnd.nextInt(10);
                    } else {
                        y = y / 10 * 10 + rnd.nextInt(10);
                    }
                    if (y <= LAST_YEAR && m >= 1 && m <= 12 && day >= 1
                            && day <= YearMonth.of(y, m).lengthOfMonth()
                            && (y != d.year || m != d.month || day != d.day)) {
                        d.year = y;
                        d.month = m;
                        d.day = day;
                        return op;
                    }
                }
            }
            case PLACEHOLDER_DATE -> {
                if (d.month != 1 || d.day != 1) {
                    d.month = 1;
                    d.day = 1;
                    return op;
                }
            }
            case PLACE_MISSING -> {
                if (d.place != null) {
                    d.place = null;
                    return op;
                }
            }
            case PLACE_MERGED_COMMUNE -> {
                String pl = d.place;
                if (pl != null && !pl.startsWith("99")) {
                    boolean overseas = pl.startsWith("97");
                    String commune = overseas ? String.format(Locale.ROOT, "%02d", rnd.nextInt(1, 35))
                            : String.format(Locale.ROOT, "%03d", rnd.nextInt(1, 601));
                    String moved = pl.substring(0, overseas ? 3 : 2) + commune;
                    if (!moved.equals(pl)) {
                        d.place = moved;
                        return op;
                    }
                }
            }
            case FIRST_NAMES_TRUNCATED -> {
                if (names != null && names.size() > 1) {
                    names.subList(1, names.size()).clear();
                    return op;
                }
            }
            case FIRST_NAMES_REORDERED -> {
                if (names != null && names.size() > 1) {
                    String first = names.get(0);
                    names.set(0, names.get(1));
                    names.set(1, first);
                    return op;
                }
            }
            case USED_NAME_AS_BIRTH_NAME -> {
                String used = builtName(rnd);
                if (!used.equals(d.birthName)) {
                    d.birthName = used;
                    return op;
                }
            }
            case SEX_TYPO -> {
                d.sex = d.sex == Sex.M ? Sex.F : Sex.M;
                return op;
            }
            case PROVISIONAL_PLACEHOLDER -> {
                d.firstNames = null;
                d.place = null;
                return op;
            }
            default -> {
                // KEYBOARD_TYPO and the fallbacks below
            }
        }
        boolean onName = names == null || rnd.nextDouble() < 0.6;
        if (onName || names == null) {
            d.birthName = typo(rnd, d.birthName);
        } else {
            names.set(0, typo(rnd, names.get(0)));
        }
        return DuplicateOperator.KEYBOARD_TYPO;
    }

    private static String typo(SplittableRandom rnd, String s) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
                letters.add(i);
            }
        }
        int i = letters.get(rnd.nextInt(letters.size()));
        char c = s.charAt(i);
        int kind = rnd.nextInt(10);
        StringBuilder sb = new StringBuilder(s);
        if (kind < 5) {
            String near = FrenchNames.AZERTY[c - 'A'];
            sb.setCharAt(i, near.charAt(rnd.nextInt(near.length())));
        } else if (kind < 7 && letters.size() > 3 && isLetterRun(s, i)) {
            sb.deleteCharAt(i);
        } else if (kind < 8) {
            sb.insert(i, c);
        } else if (i + 1 < s.length() && s.charAt(i + 1) >= 'A' && s.charAt(i + 1) <= 'Z' && s.charAt(i + 1) != c) {
            sb.setCharAt(i, s.charAt(i + 1));
            sb.setCharAt(i + 1, c);
        } else {
            String near = FrenchNames.AZERTY[c - 'A'];
            sb.setCharAt(i, near.charAt(rnd.nextInt(near.length())));
        }
        return sb.toString();
    }

    /** Deleting the letter at i leaves no separator at an edge or doubled. */
    private static boolean isLetterRun(String s, int i) {
        boolean before = i > 0 && s.charAt(i - 1) >= 'A' && s.charAt(i - 1) <= 'Z';
        boolean after = i + 1 < s.length() && s.charAt(i + 1) >= 'A' && s.charAt(i + 1) <= 'Z';
        return before || after ? (before || i == 0) && (after || i == s.length() - 1) : false;
    }

    private static final String[][] PHONETIC = {
        {"PH", "F"}, {"EAU", "O"}, {"AU", "O"}, {"Y", "I"}, {"QU", "K"}, {"TH", "T"}, {"LL", "L"},
        {"NN", "N"}, {"TT", "T"}, {"SS", "S"}, {"AI", "E"}, {"CA", "KA"}, {"CO", "KO"}, {"EI", "AI"},
        {"EN", "AN"}, {"AN", "EN"}, {"C", "K"}, {"G", "GU"},
    };

    private static String phonetic(SplittableRandom rnd, String s) {
        int start = rnd.nextInt(PHONETIC.length);
        for (int k = 0; k < PHONETIC.length; k++) {
            String[] rule = PHONETIC[(start + k) % PHONETIC.length];
            int at = s.indexOf(rule[0]);
            if (at >= 0) {
                return s.substring(0, at) + rule[1] + s.substring(at + rule[0].length());
            }
        }
        char last = s.charAt(s.length() - 1);
        if (last == 'E') {
            return s.length() > 2 ? s.substring(0, s.length() - 1) : s + "S";
        }
        return last >= 'A' && last <= 'Z' ? s + "E" : s;
    }

    private static <T> T pick(SplittableRandom rnd, List<T> l) {
        return l.get(rnd.nextInt(l.size()));
    }
}
