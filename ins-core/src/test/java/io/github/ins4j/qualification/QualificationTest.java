package io.github.ins4j.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityEvent.AttributeRemoved;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.qualification.IdentityEvent.TraitEdit;
import io.github.ins4j.qualification.QualificationException.Reason;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Examples for each transition of spec/03-qualification.md and each refusal reason. */
class QualificationTest {

    static final Traits DESK = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");
    static final InsIdentity INSI = InsIdentity.of(
            InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10"), DESK);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    static final IdentityQualifier Q = IdentityQualifier.of(CLOCK);

    private static IdentityRecord prov() {
        return Q.start(DESK, "desk-1");
    }

    private static IdentityRecord apply(IdentityRecord r, IdentityEvent... events) {
        for (IdentityEvent e : events) {
            r = Q.apply(r, e, "desk-1");
        }
        return r;
    }

    private static void refused(IdentityRecord r, IdentityEvent e, Reason reason) {
        assertThatThrownBy(() -> Q.apply(r, e, "desk-1"))
                .isInstanceOfSatisfying(QualificationException.class,
                        x -> assertThat(x.reason()).isEqualTo(reason))
                .hasMessageNotContaining("GARCIA").hasMessageNotContaining("2890469123120");
    }

    @Test
    void QUA_3_and_QUA_4_the_status_table() {
        IdentityRecord p = prov();
        assertThat(p.status()).isEqualTo(IdentityStatus.PROVISIONAL);
        IdentityRecord recup = apply(p, InsiAnswer.found(INSI));
        assertThat(recup.status()).isEqualTo(IdentityStatus.RETRIEVED);
        assertThat(recup.insIdentity()).contains(INSI);
        IdentityRecord vali = apply(p, DocumentCheck.of(IdentityDocument.PASSPORT));
        assertThat(vali.status()).isEqualTo(IdentityStatus.VALIDATED);
        assertThat(apply(recup, DocumentCheck.of(IdentityDocument.NATIONAL_ID_CARD)).status())
                .isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(apply(vali, InsiAnswer.found(INSI)).status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(IdentityStatus.QUALIFIED.code()).isEqualTo("QUAL");
        assertThat(IdentityStatus.RETRIEVED.code()).isEqualTo("RECUP");
    }

    @Test
    void QUA_3_the_traits_become_insi_traits_and_01_02_change_nothing() {
        Traits typed = Traits.parse("GARCIA", "SARAH LOU MARIE", "1989-04-12", "F", "99999");
        IdentityRecord r = Q.start(typed, "desk-1");
        refused(r, InsiAnswer.found(INSI), Reason.REVIEW_NOT_CONFIRMED);
        IdentityRecord recup = Q.apply(r, InsiAnswer.foundAfterReview(INSI, "supervisor-2"), "desk-1");
        assertThat(recup.traits()).isEqualTo(DESK);
        assertThat(apply(r, InsiAnswer.notFound()).status()).isEqualTo(IdentityStatus.PROVISIONAL);
        IdentityRecord several = apply(r, InsiAnswer.severalFound());
        assertThat(several.auditTrail()).last().satisfies(e -> {
            assertThat(e.insiResult()).contains(InsiResult.SEVERAL_FOUND);
            assertThat(e.before()).isEqualTo(IdentityStatus.PROVISIONAL);
            assertThat(e.after()).isEqualTo(IdentityStatus.PROVISIONAL);
        });
    }

    @Test
    void QUA_3_a_mismatch_or_an_incoherent_matricule_is_refused() {
        InsIdentity hamadi = InsIdentity.of(INSI.identifier(),
                Traits.parse("HAMADI", "SARA-LOU", "1989-04-12", "F", "69123"));
        refused(prov(), InsiAnswer.found(hamadi), Reason.TRAITS_MISMATCH);
        // A matricule of a man for the traits of a woman.
        String body = "1890469123120";
        InsIdentity incoherent = InsIdentity.of(InsIdentifier.of(
                InsMatricule.parse(body + (97 - Long.parseLong(body) % 97)), InsOid.NIR_TEST), DESK);
        refused(prov(), InsiAnswer.found(incoherent), Reason.INCOHERENT_MATRICULE);
        refused(apply(prov(), InsiAnswer.found(INSI)), InsiAnswer.found(INSI), Reason.ALREADY_RETRIEVED);
    }

    @Test
    void QUA_4_exception_only_and_low_trust_documents() {
        refused(prov(), DocumentCheck.of(IdentityDocument.PARENTS_FAMILY_RECORD_BOOK),
                Reason.EXCEPTION_CONTEXT_REQUIRED);
        refused(prov(), DocumentCheck.inContext(IdentityDocument.PARENTS_FAMILY_RECORD_BOOK,
                ExceptionContext.NURSING_HOME_ADMISSION), Reason.EXCEPTION_CONTEXT_REQUIRED);
        assertThat(apply(prov(), DocumentCheck.inContext(IdentityDocument.PARENTS_FAMILY_RECORD_BOOK,
                ExceptionContext.MINOR)).status()).isEqualTo(IdentityStatus.VALIDATED);
        assertThat(apply(prov(), DocumentCheck.inContext(IdentityDocument.FAMILY_RECORD_BOOK_WITH_VITALE,
                ExceptionContext.NURSING_HOME_ADMISSION)).status()).isEqualTo(IdentityStatus.VALIDATED);
        IdentityRecord low = apply(prov(), DocumentCheck.of(IdentityDocument.BIRTH_CERTIFICATE_EXTRACT));
        assertThat(low.status()).isEqualTo(IdentityStatus.PROVISIONAL);
        assertThat(low.auditTrail()).hasSize(2);
        IdentityQualifier strict = Q.withAcceptedDocuments(Set.of(IdentityDocument.PASSPORT));
        assertThatThrownBy(() -> strict.apply(prov(), DocumentCheck.of(IdentityDocument.RESIDENCE_PERMIT), "d"))
                .isInstanceOfSatisfying(QualificationException.class,
                        x -> assertThat(x.reason()).isEqualTo(Reason.DOCUMENT_NOT_ACCEPTED));
    }

    @Test
    void QUA_5_doubtful_sends_back_to_provisional_and_blocks_until_removed_without_giving_back() {
        IdentityRecord qual = apply(prov(), InsiAnswer.found(INSI), DocumentCheck.of(IdentityDocument.PASSPORT));
        IdentityRecord doubtful = apply(qual, new AttributeSet(IdentityAttribute.DOUBTFUL));
        assertThat(doubtful.status()).isEqualTo(IdentityStatus.PROVISIONAL);
        assertThat(doubtful.insIdentity()).isEmpty();
        refused(doubtful, InsiAnswer.found(INSI), Reason.BLOCKED_BY_ATTRIBUTE);
        refused(doubtful, InsiAnswer.notFound(), Reason.BLOCKED_BY_ATTRIBUTE);
        refused(doubtful, DocumentCheck.of(IdentityDocument.PASSPORT), Reason.BLOCKED_BY_ATTRIBUTE);
        refused(doubtful, CarteVitaleAppRead.of(INSI), Reason.BLOCKED_BY_ATTRIBUTE);
        IdentityRecord removed = apply(doubtful, new AttributeRemoved(IdentityAttribute.DOUBTFUL));
        assertThat(removed.status()).isEqualTo(IdentityStatus.PROVISIONAL);
        assertThat(apply(removed, InsiAnswer.found(INSI)).status()).isEqualTo(IdentityStatus.RETRIEVED);
    }

    @Test
    void QUA_2_attribute_combinations() {
        IdentityRecord doubtful = apply(prov(), new AttributeSet(IdentityAttribute.DOUBTFUL));
        refused(doubtful, new AttributeSet(IdentityAttribute.FICTITIOUS), Reason.INCOMPATIBLE_ATTRIBUTES);
        refused(doubtful, new AttributeSet(IdentityAttribute.DOUBTFUL), Reason.ATTRIBUTE_ALREADY_SET);
        assertThat(apply(doubtful, new AttributeSet(IdentityAttribute.HOMONYM)).attributes())
                .containsExactlyInAnyOrder(IdentityAttribute.DOUBTFUL, IdentityAttribute.HOMONYM);
        IdentityRecord fictitious = apply(prov(), new AttributeSet(IdentityAttribute.FICTITIOUS));
        refused(fictitious, new AttributeSet(IdentityAttribute.HOMONYM), Reason.INCOMPATIBLE_ATTRIBUTES);
        refused(prov(), new AttributeRemoved(IdentityAttribute.HOMONYM), Reason.ATTRIBUTE_NOT_SET);
        IdentityRecord homonym = apply(prov(), InsiAnswer.found(INSI), new AttributeSet(IdentityAttribute.HOMONYM));
        assertThat(homonym.status()).isEqualTo(IdentityStatus.RETRIEVED);
    }

    @Test
    void QUA_6_trait_edits() {
        Traits corrected = Traits.parse("GARCIA", "SARAH-LOU", "1989-04-12", "F", "69123");
        refused(apply(prov(), InsiAnswer.found(INSI)), new TraitEdit(corrected), Reason.INSI_TRAITS_NOT_EDITABLE);
        IdentityRecord vali = apply(prov(), DocumentCheck.of(IdentityDocument.PASSPORT));
        assertThat(apply(vali, new TraitEdit(corrected)).status()).isEqualTo(IdentityStatus.PROVISIONAL);
        refused(prov(), new TraitEdit(DESK), Reason.NO_CHANGE);
    }

    @Test
    void QUA_7_reverification_new_matricule_and_changed_traits() {
        IdentityRecord qual = apply(prov(), InsiAnswer.found(INSI), DocumentCheck.of(IdentityDocument.PASSPORT));
        InsIdentifier nir = InsIdentifier.parse("289046912312117", "1.2.250.1.213.1.4.10");
        IdentityRecord renumbered = apply(qual, new InsiReverification(InsIdentity.of(nir, DESK)));
        assertThat(renumbered.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(renumbered.insIdentity().orElseThrow().identifier()).isEqualTo(nir);
        assertThat(renumbered.insIdentity().orElseThrow().history())
                .extracting(h -> h.identifier()).containsExactly(INSI.identifier());
        Traits changed = Traits.parse("GARCIA", "SARAH-LOU", "1989-04-12", "F", "69123");
        // Fewer first names give REVIEW: a named operator must confirm (QUA-3 applies to re-verifications).
        refused(qual, new InsiReverification(InsIdentity.of(INSI.identifier(), changed)), Reason.REVIEW_NOT_CONFIRMED);
        IdentityRecord recup = apply(qual,
                InsiReverification.afterReview(InsIdentity.of(INSI.identifier(), changed), "desk-2"));
        assertThat(recup.status()).isEqualTo(IdentityStatus.RETRIEVED);
        assertThat(recup.traits()).isEqualTo(changed);
        refused(prov(), new InsiReverification(INSI), Reason.NOT_RETRIEVED);
    }

    @Test
    void MAT_6_a_carte_vitale_read_never_replaces_the_ins_retrieved_from_insi() {
        InsIdentity other = InsIdentity.of(InsIdentifier.parse("289046912345670", "1.2.250.1.213.1.4.10"), DESK);
        IdentityRecord recup = apply(prov(), InsiAnswer.found(INSI));
        refused(recup, CarteVitaleAppRead.of(other), Reason.ALREADY_RETRIEVED);
        IdentityRecord qual = apply(recup, CarteVitaleAppRead.of(INSI));
        assertThat(qual.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(qual.insIdentity().orElseThrow().identifier()).isEqualTo(INSI.identifier());
    }

    @Test
    void QUA_11_carte_vitale_application_qualifies() {
        assertThat(apply(prov(), CarteVitaleAppRead.of(INSI)).status()).isEqualTo(IdentityStatus.QUALIFIED);
    }

    @Test
    void QUA_9_audit_trail_and_QUA_10_supervision() {
        Clock[] ticks = {CLOCK};
        IdentityQualifier q = IdentityQualifier.of(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                ticks[0] = Clock.offset(ticks[0], Duration.ofMinutes(1));
                return ticks[0].instant();
            }
        });
        IdentityRecord r = q.start(DESK, "desk-1");
        r = q.apply(r, InsiAnswer.notFound(), "desk-1");
        r = q.apply(r, InsiAnswer.found(INSI), "desk-2");
        r = q.apply(r, DocumentCheck.of(IdentityDocument.PASSPORT), "desk-2");
        assertThat(r.auditTrail()).extracting(AuditEntry::kind).containsExactly(
                IdentityEvent.Kind.CREATED, IdentityEvent.Kind.INSI_ANSWER, IdentityEvent.Kind.INSI_ANSWER,
                IdentityEvent.Kind.DOCUMENT_CHECK);
        assertThat(r.auditTrail()).extracting(AuditEntry::after).containsExactly(IdentityStatus.PROVISIONAL,
                IdentityStatus.PROVISIONAL, IdentityStatus.RETRIEVED, IdentityStatus.QUALIFIED);
        assertThat(r.auditTrail().get(1).at()).isEqualTo(Instant.parse("2026-11-26T09:02:00Z"));
        assertThat(r.auditTrail().toString()).doesNotContain("GARCIA").doesNotContain("289046912312018")
                .doesNotContain("2 89 ");
        assertThat(AuditEntry.insiCallsPerOperator(r.auditTrail(), Instant.parse("2026-11-26T00:00:00Z"),
                Instant.parse("2026-11-27T00:00:00Z"))).isEqualTo(Map.of("desk-1", 1L, "desk-2", 1L));
        assertThat(q.restore(r.events())).isEqualTo(r);
        assertThat(q.restore(r.events()).auditTrail()).isEqualTo(r.auditTrail());
    }

    @Test
    void restore_refuses_a_sequence_that_breaks_a_rule() {
        IdentityRecord r = apply(prov(), new AttributeSet(IdentityAttribute.FICTITIOUS));
        List<RecordedEvent> forged = new java.util.ArrayList<>(r.events());
        forged.add(new RecordedEvent(CLOCK.instant(), "desk-1", InsiAnswer.found(INSI)));
        assertThatThrownBy(() -> Q.restore(forged))
                .isInstanceOfSatisfying(QualificationException.class,
                        x -> assertThat(x.reason()).isEqualTo(Reason.BLOCKED_BY_ATTRIBUTE))
                .hasMessageContaining("event 2");
        assertThatThrownBy(() -> Q.restore(forged.subList(1, forged.size())))
                .isInstanceOfSatisfying(QualificationException.class,
                        x -> assertThat(x.reason()).isEqualTo(Reason.INVALID_SEQUENCE));
        List<RecordedEvent> backwards = List.of(r.events().get(0),
                new RecordedEvent(CLOCK.instant().minusSeconds(1), "desk-1", InsiAnswer.notFound()));
        assertThatThrownBy(() -> Q.restore(backwards))
                .isInstanceOfSatisfying(QualificationException.class,
                        x -> assertThat(x.reason()).isEqualTo(Reason.INVALID_SEQUENCE));
        assertThatThrownBy(() -> Q.apply(prov(), InsiAnswer.notFound(), " "))
                .isInstanceOfSatisfying(QualificationException.class,
                        x -> assertThat(x.reason()).isEqualTo(Reason.OPERATOR_MISSING));
    }

    @Test
    void QUA_9_restore_with_the_stored_audit_trail_refuses_a_truncated_or_altered_log() {
        IdentityRecord r = apply(apply(prov(), InsiAnswer.notFound()), InsiAnswer.found(INSI));
        assertThat(Q.restore(r.events(), r.auditTrail())).isEqualTo(r);
        assertThat(Q.restore(r.events(), r.auditTrail()).auditTrail()).isEqualTo(r.auditTrail());
        // the last event lost, its audit line kept: truncated
        assertThatThrownBy(() -> Q.restore(r.events().subList(0, 2), r.auditTrail()))
                .isInstanceOfSatisfying(QualificationException.class,
                        x -> assertThat(x.reason()).isEqualTo(Reason.AUDIT_TRAIL_MISMATCH))
                .hasMessageContaining("3 entries for 2 stored events");
        assertThatThrownBy(() -> Q.restore(r.events(), r.auditTrail().subList(0, 2)))
                .isInstanceOfSatisfying(QualificationException.class,
                        x -> assertThat(x.reason()).isEqualTo(Reason.AUDIT_TRAIL_MISMATCH));
        // a status altered in the stored trail
        AuditEntry last = r.auditTrail().get(2);
        List<AuditEntry> altered = List.of(r.auditTrail().get(0), r.auditTrail().get(1),
                new AuditEntry(last.at(), last.operatorId(), last.kind(), last.before(),
                        IdentityStatus.QUALIFIED, last.insiResult()));
        assertThatThrownBy(() -> Q.restore(r.events(), altered))
                .isInstanceOfSatisfying(QualificationException.class,
                        x -> assertThat(x.reason()).isEqualTo(Reason.AUDIT_TRAIL_MISMATCH))
                .hasMessageContaining("entry 2")
                .hasMessageContaining("INSI_ANSWER PROV -> QUAL, INSi 00")
                .hasMessageContaining("(INSI_ANSWER PROV -> RECUP, INSi 00 at ")
                .hasMessageNotContaining(last.operatorId());
        assertThatNullPointerException().isThrownBy(() -> Q.restore(r.events(), null));
    }

    @Test
    void an_insi_answer_carries_an_identity_exactly_for_00() {
        assertThatThrownBy(() -> new InsiAnswer(InsiResult.NOT_FOUND, Optional.of(INSI), Optional.empty()))
                .isInstanceOfSatisfying(QualificationException.class,
                        x -> assertThat(x.reason()).isEqualTo(Reason.INVALID_EVENT));
        assertThatThrownBy(() -> new InsiAnswer(InsiResult.FOUND, Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(QualificationException.class,
                        x -> assertThat(x.reason()).isEqualTo(Reason.INVALID_EVENT));
    }

    @Test
    void QUA_8_every_event_type_has_its_own_kind_so_the_qualifier_switch_covers_it() {
        Class<?>[] types = IdentityEvent.class.getPermittedSubclasses();
        assertThat(types).hasSize(IdentityEvent.Kind.values().length);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Class<?> type : types) {
            String kind = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
            assertThat(IdentityEvent.Kind.valueOf(kind)).as(type.getSimpleName()).isNotNull();
            names.add(kind);
        }
        assertThat(names).hasSize(IdentityEvent.Kind.values().length);
    }

    @Test
    void the_counter_starts_from_what_the_desk_typed() {
        io.github.ins4j.matching.LocalTraits desk = io.github.ins4j.matching.LocalTraits.builder()
                .birthName("García").firstNames("Sarah–Lou  Marie").birthDate("12/04/1989").sex("f").build();
        IdentityRecord record = Q.start(desk, "desk-1");
        assertThat(record.status()).isEqualTo(IdentityStatus.PROVISIONAL);
        assertThat(record.traits().birthName().value()).isEqualTo("GARCIA");
        assertThat(record.traits().firstNames().value()).isEqualTo("SARAH-LOU MARIE");
        assertThat(record.traits().birthPlace().value()).isEqualTo("99999");
        assertThatThrownBy(() -> Q.start(io.github.ins4j.matching.LocalTraits.builder()
                .birthName("García").firstNames("Sarah").sex("f").build(), "desk-1"))
                .isInstanceOfSatisfying(io.github.ins4j.traits.InvalidTraitException.class, x -> {
                    assertThat(x.reason()).isEqualTo(io.github.ins4j.traits.InvalidTraitException.Reason.NULL);
                    assertThat(x.trait()).isEqualTo(io.github.ins4j.traits.Trait.BIRTH_DATE);
                });
    }
}
