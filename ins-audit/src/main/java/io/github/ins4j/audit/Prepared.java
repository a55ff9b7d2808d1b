package io.github.ins4j.audit;

import io.github.ins4j.audit.internal.FrenchPhonetic;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The compact form of a record the audit keeps in memory: strict texts shared between records
 * (interned per run), the date as an int, phonetic keys computed once. Traits missing locally are
 * taken from the INS identity when there is one.
 */
final class Prepared {

    static final byte DATE_MISSING = 0;
    static final byte DATE_EXACT = 1;
    static final byte DATE_LUNAR = 2;
    static final byte DATE_CONVENTIONAL = 3;

    final String id;
    final IdentityStatus status;
    final @Nullable String name;
    final @Nullable String firstNames;
    final @Nullable String first;
    final @Nullable String nameKey;
    final @Nullable String firstKey;
    /** {@code YYYYMMDD}, 0 for unknown parts. */
    final int ymd;
    final byte dateKind;
    /** 0 missing, 1 M, 2 F. */
    final byte sex;
    /** Null when missing or unknown (99999). */
    final @Nullable String place;
    final @Nullable String matricule;
    final String @Nullable [] earlier;
    final boolean incoherent;
    final boolean reverified;
    /** Epoch day of creation, or Long.MIN_VALUE. */
    final long createdOn;
    /** Term-frequency adjustment of an exact birth-name agreement, in bits; set once the base is known. */
    double nameTf;

    private Prepared(AuditRecord r, Interner in) {
        this.id = r.localId();
        this.status = r.status();
        InsIdentity ins = r.insOrNull();
        Traits insTraits = ins == null ? null : ins.traits();
        LocalTraits t = r.traits();
        BirthName bn = t.birthName().orElse(insTraits == null ? null : insTraits.birthName());
        BirthFirstNames fn = t.firstNames().orElse(insTraits == null ? null : insTraits.firstNames());
        BirthDate bd = t.birthDate().orElse(insTraits == null ? null : insTraits.birthDate());
        Sex sx = t.sex().orElse(insTraits == null ? null : insTraits.sex());
        BirthPlaceCode bp = t.birthPlace().orElse(insTraits == null ? null : insTraits.birthPlace());
        this.name = bn == null ? null : in.intern(bn.value());
        this.firstNames = fn == null ? null : in.intern(fn.value());
        this.first = fn == null ? null : in.intern(fn.first());
        this.nameKey = name == null ? null : in.phonetic(name);
        this.firstKey = first == null ? null : in.phonetic(first);
        if (bd == null) {
            this.ymd = 0;
            this.dateKind = DATE_MISSING;
        } else if (bd.isExact()) {
            LocalDate d = bd.conventionalDate();
            this.ymd = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            this.dateKind = DATE_EXACT;
        } else if (bd.month().isPresent() || bd.day().isPresent() || !bd.value().equals(
                bd.conventionalDate().toString())) {
            this.ymd = bd.year() * 10000 + bd.month().orElse(0) * 100 + bd.day().orElse(0);
            this.dateKind = DATE_LUNAR;
        } else {
            LocalDate d = bd.conventionalDate();
            this.ymd = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            this.dateKind = DATE_CONVENTIONAL;
        }
        this.sex = sx == null ? 0 : (byte) (sx == Sex.M ? 1 : 2);
        this.place = bp == null || bp.isUnknown() ? null : in.intern(bp.value());
        if (ins == null) {
            this.matricule = null;
            this.earlier = null;
            this.incoherent = false;
        } else {
            this.matricule = ins.identifier().matricule().value();
            List<EarlierIdentifier> history = ins.history();
            String[] e = new String[history.size()];
            for (int i = 0; i < e.length; i++) {
                e[i] = history.get(i).identifier().matricule().value();
            }
            this.earlier = e.length == 0 ? null : e;
            this.incoherent = sx != null && bd != null && bp != null
                    && io.github.ins4j.identity.CoherenceReport.check(ins.identifier().matricule(), sx, bd, bp)
                            .hasErrors();
        }
        this.reverified = r.reverifiedWithOtherTraits();
        LocalDate created = r.createdOnOrNull();
        this.createdOn = created == null ? Long.MIN_VALUE : created.toEpochDay();
    }

    static Prepared of(AuditRecord r, Interner in) {
        return new Prepared(r, in);
    }

    /** The largest term-frequency adjustment, in bits, either way. */
    static final double MAX_TF = 2.0;

    /**
     * Sets the term-frequency adjustment of each record's birth name (Fellegi–Sunter with
     * value-specific u-probabilities): {@code log2(sum(f^2) / (N * f(name)))}, the average chance
     * that two records agree on a name over the chance that they agree on this one, within
     * ±{@value #MAX_TF} bits. Rare names weigh more, common ones less.
     */
    static void termFrequencies(Iterable<Prepared> recs) {
        Map<String, Integer> counts = new HashMap<>();
        long n = 0;
        for (Prepared r : recs) {
            if (r.name != null) {
                counts.merge(r.name, 1, Integer::sum);
                n++;
            }
        }
        double sumSquares = 0;
        for (int f : counts.values()) {
            sumSquares += (double) f * f;
        }
        for (Prepared r : recs) {
            Integer f = r.name == null ? null : counts.get(r.name);
            r.nameTf = f == null || n == 0 ? 0.0 : tf(sumSquares, n, f);
        }
    }

    static double tf(double sumSquares, long n, int f) {
        double x = Math.log(sumSquares / ((double) n * Math.max(1, f))) / Math.log(2);
        return Math.max(-MAX_TF, Math.min(MAX_TF, x));
    }

    int year() {
        return ymd / 10000;
    }

    int month() {
        return ymd / 100 % 100;
    }

    int day() {
        return ymd % 100;
    }

    boolean hasEarlier(String m) {
        if (earlier == null) {
            return false;
        }
        for (String e : earlier) {
            if (e.equals(m)) {
                return true;
            }
        }
        return false;
    }

    /** Shares an active or earlier matricule with the other record. */
    boolean sharesMatricule(Prepared o) {
        if (matricule == null || o.matricule == null) {
            return false;
        }
        if (matricule.equals(o.matricule) || o.hasEarlier(matricule) || hasEarlier(o.matricule)) {
            return true;
        }
        if (earlier != null) {
            for (String e : earlier) {
                if (o.hasEarlier(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The local traits rebuilt from the strict forms, for {@code TraitMatcher}. */
    LocalTraits localTraits() {
        LocalTraits.Builder b = LocalTraits.builder();
        if (name != null) {
            b.birthName(name);
        }
        if (firstNames != null) {
            b.firstNames(firstNames);
        }
        BirthDate d = birthDate();
        if (d != null) {
            b.birthDate(d);
        }
        if (sex != 0) {
            b.sex(sex == 1 ? Sex.M : Sex.F);
        }
        if (place != null) {
            b.birthPlace(place);
        }
        return b.build();
    }

    /** The strict traits when name, first names, date and sex are known (place 99999 when not). */
    @Nullable Traits strictTraits() {
        BirthDate d = birthDate();
        if (name == null || firstNames == null || d == null || sex == 0) {
            return null;
        }
        return new Traits(BirthName.parse(name), BirthFirstNames.parse(firstNames), d,
                sex == 1 ? Sex.M : Sex.F, BirthPlaceCode.parse(place == null ? BirthPlaceCode.UNKNOWN_CODE : place));
    }

    private @Nullable BirthDate birthDate() {
        return switch (dateKind) {
            case DATE_EXACT -> BirthDate.of(LocalDate.of(year(), month(), day()));
            case DATE_LUNAR -> BirthDate.parse(String.format("%04d-%02d-%02d", year(), month(), day()));
            case DATE_CONVENTIONAL -> BirthDate.uncertain(LocalDate.of(year(), month(), day()));
            default -> null;
        };
    }

    /** Shares equal strings between records and caches phonetic keys, for one run or one index. */
    static final class Interner {
        private final Map<String, String> strings = new HashMap<>();
        private final Map<String, String> phonetic = new HashMap<>();

        String intern(String s) {
            String existing = strings.putIfAbsent(s, s);
            return existing == null ? s : existing;
        }

        String phonetic(String s) {
            String k = phonetic.get(s);
            if (k == null) {
                k = intern(FrenchPhonetic.key(s));
                phonetic.put(s, k);
            }
            return k;
        }
    }
}
