package io.github.ins4j.conformance;

import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.fhir.WrittenPatient.LeftOut;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.testing.TestIdentities;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The named corpus of Patients that ins-fhir writes: every status, attribute, document, OID and
 * purpose, birth places in Corsica, overseas and abroad, uncertain birth dates, earlier
 * identifiers; each with the facts FR Core 2.2.0 cannot express, as the writer must report them.
 */
final class Corpus {

    static final IdentityQualifier QUALIFIER =
            IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

    private static final String OP = "conformance";

    private static final InsIdentity GARCIA = TestIdentities.GARCIA_SARAH_LOU;

    /** One Patient to write: a name for the test report, the decision, what 2.2.0 must leave out. */
    record Case(String name, DisclosureDecision decision, Set<LeftOut> leftOut) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Corpus() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        // Every status, through every path the qualifier offers.
        cases.add(care("PROV created", start(GARCIA)));
        cases.add(care("PROV after INSi 01 (none found)", apply(start(GARCIA), InsiAnswer.notFound()),
                LeftOut.INSI_CALL_DATE));
        cases.add(care("PROV after INSi 02 (several found)", apply(start(GARCIA), InsiAnswer.severalFound()),
                LeftOut.INSI_CALL_DATE));
        cases.add(care("RECUP", apply(start(GARCIA), InsiAnswer.found(GARCIA)), LeftOut.RETRIEVED_STATUS));
        cases.add(care("QUAL INSi then passport", qualified(GARCIA, DocumentCheck.of(IdentityDocument.PASSPORT))));
        cases.add(care("QUAL passport then INSi",
                apply(apply(start(GARCIA), DocumentCheck.of(IdentityDocument.PASSPORT)), InsiAnswer.found(GARCIA))));
        cases.add(care("QUAL carte Vitale application", apply(start(GARCIA), CarteVitaleAppRead.of(GARCIA)),
                LeftOut.VALIDATION_MODE));
        cases.add(care("QUAL after low-trust document",
                apply(qualified(GARCIA, DocumentCheck.of(IdentityDocument.NATIONAL_ID_CARD)),
                        DocumentCheck.of(IdentityDocument.BIRTH_CERTIFICATE_EXTRACT))));

        // Every document, on a validated identity (a Patient) and a qualified one (a Patient INS).
        for (IdentityDocument document : IdentityDocument.values()) {
            Optional<DocumentCheck> check = checkOf(document);
            if (check.isEmpty()) {
                continue;
            }
            boolean inPatient = document != IdentityDocument.FAMILY_RECORD_BOOK_WITH_VITALE;
            boolean inPatientIns = Set.of(IdentityDocument.PASSPORT, IdentityDocument.NATIONAL_ID_CARD,
                    IdentityDocument.ELECTRONIC_ID_CARD, IdentityDocument.PARENTS_FAMILY_RECORD_BOOK).contains(document);
            cases.add(care("VALI " + document, apply(start(GARCIA), check.get()),
                    inPatient ? new LeftOut[0] : new LeftOut[] {LeftOut.VALIDATION_MODE}));
            cases.add(care("QUAL " + document, qualified(GARCIA, check.get()),
                    inPatientIns ? new LeftOut[0] : new LeftOut[] {LeftOut.VALIDATION_MODE}));
        }

        // Attributes (QUA-1, QUA-2, QUA-5).
        IdentityRecord qualified = qualified(GARCIA, DocumentCheck.of(IdentityDocument.PASSPORT));
        cases.add(care("QUAL homonym", apply(qualified, new AttributeSet(IdentityAttribute.HOMONYM))));
        cases.add(care("PROV doubtful after QUAL", apply(qualified, new AttributeSet(IdentityAttribute.DOUBTFUL)),
                LeftOut.INSI_CALL_DATE));
        cases.add(care("PROV doubtful homonym", apply(apply(start(GARCIA),
                new AttributeSet(IdentityAttribute.HOMONYM)), new AttributeSet(IdentityAttribute.DOUBTFUL))));
        cases.add(care("PROV fictitious", apply(start(GARCIA), new AttributeSet(IdentityAttribute.FICTITIOUS))));
        cases.add(care("VALI homonym", apply(apply(start(GARCIA), DocumentCheck.of(IdentityDocument.PASSPORT)),
                new AttributeSet(IdentityAttribute.HOMONYM))));

        // Every purpose but research (nothing identifying): DIS-1 … DIS-3.
        for (DocumentPurpose purpose : DocumentPurpose.values()) {
            if (purpose == DocumentPurpose.RESEARCH) {
                continue;
            }
            DisclosureDecision decision = Disclosure.decide(qualified, purpose);
            cases.add(new Case("QUAL for " + purpose, decision, decision.mayCarryIns()
                    ? Set.of() : Set.of(LeftOut.QUALIFIED_STATUS)));
            cases.add(new Case("RECUP for " + purpose, Disclosure.decide(
                    apply(start(GARCIA), InsiAnswer.found(GARCIA)), purpose), Set.of(LeftOut.RETRIEVED_STATUS)));
        }

        // Every OID.
        for (InsOid oid : InsOid.values()) {
            InsIdentity ins = InsIdentity.of(InsIdentifier.of(GARCIA.identifier().matricule(), oid), GARCIA.traits());
            cases.add(care("QUAL " + oid, qualified(ins, DocumentCheck.of(IdentityDocument.PASSPORT))));
        }

        // Earlier identifiers (MAT-6): an NIA that became a NIR, with and without its validity.
        InsIdentifier nia = InsIdentifier.of(TestIdentities.HAMADI_SARA_LOU.identifier().matricule(), InsOid.NIA);
        InsIdentifier nir = InsIdentifier.of(GARCIA.identifier().matricule(), InsOid.NIR);
        cases.add(care("QUAL NIR with an earlier NIA", qualified(new InsIdentity(nir, GARCIA.traits(),
                List.of(EarlierIdentifier.of(nia))), DocumentCheck.of(IdentityDocument.PASSPORT))));
        cases.add(care("QUAL NIR with an earlier NIA and its validity", qualified(new InsIdentity(nir, GARCIA.traits(),
                List.of(new EarlierIdentifier(nia, Optional.of(LocalDate.of(2019, 3, 1)),
                        Optional.of(LocalDate.of(2021, 6, 30))))), DocumentCheck.of(IdentityDocument.PASSPORT))));
        IdentityRecord niaRecord = qualified(InsIdentity.of(nia, GARCIA.traits()),
                DocumentCheck.of(IdentityDocument.PASSPORT));
        cases.add(care("QUAL re-verified: NIA became NIR (QUA-7)", apply(niaRecord, new InsiReverification(
                InsIdentity.of(nir, GARCIA.traits())))));

        // Birth places and birth dates of the catalogue: Corsica, overseas, abroad, lunar.
        for (InsIdentity identity : TestIdentities.all()) {
            cases.add(care("QUAL " + identity.traits().birthPlace().value() + " " + identity.traits().birthDate().value(),
                    qualified(identity, DocumentCheck.of(IdentityDocument.PASSPORT))));
        }
        // Uncertain birth dates (TRT-3) and an unknown birth place.
        for (String date : List.of("1989-04-00", "1989-00-00", "1989-00-12")) {
            Traits traits = Traits.parse("GARCIA", "SARAH-LOU MARIE", date, "F", "69123");
            cases.add(care("PROV born " + date, QUALIFIER.start(traits, OP)));
        }
        cases.add(care("PROV born in an unknown place", QUALIFIER.start(
                Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "99999"), OP)));
        return cases;
    }

    /** The check that gives a document's "checked" fact, or empty for one that never does. */
    static Optional<DocumentCheck> checkOf(IdentityDocument document) {
        return switch (document.trust()) {
            case HIGH -> document == IdentityDocument.CARTE_VITALE_APP
                    ? Optional.empty() : Optional.of(DocumentCheck.of(document));
            case EXCEPTION_ONLY -> Optional.of(DocumentCheck.inContext(document,
                    document.admittedContexts().iterator().next()));
            case LOW -> Optional.empty();
        };
    }

    private static Case care(String name, IdentityRecord record, LeftOut... leftOut) {
        return new Case(name, Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT),
                leftOut.length == 0 ? Set.of() : EnumSet.of(leftOut[0], leftOut));
    }

    private static IdentityRecord start(InsIdentity identity) {
        return QUALIFIER.start(identity.traits(), OP);
    }

    private static IdentityRecord apply(IdentityRecord record, IdentityEvent event) {
        return QUALIFIER.apply(record, event, OP);
    }

    private static IdentityRecord qualified(InsIdentity identity, DocumentCheck check) {
        return apply(apply(start(identity), InsiAnswer.found(identity)), check);
    }
}
