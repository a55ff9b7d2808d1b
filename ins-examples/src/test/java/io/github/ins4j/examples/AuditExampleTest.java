package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.audit.Finding;
import io.github.ins4j.audit.FindingKind;
import io.github.ins4j.audit.PairClass;
import io.github.ins4j.qualification.IdentityStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuditExampleTest {

    @Test
    void the_duplicate_is_proposed_the_twin_is_not_and_the_desk_sees_both_garcia_records() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AuditExample.Outcomes outcomes = AuditExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String trace = bytes.toString(StandardCharsets.UTF_8);

        assertThat(outcomes.report().findings(FindingKind.AUD_6)).filteredOn(Finding::isMergeProposal)
                .singleElement().satisfies(f -> assertThat(f.localIds()).containsExactly("IPP-001", "IPP-002"));
        // the twin is shown for review (same name, date and place), never proposed
        assertThat(outcomes.report().findings(FindingKind.AUD_6)).filteredOn(f -> f.localIds().contains("IPP-003"))
                .singleElement().satisfies(f -> assertThat(f.pairClass()).isEqualTo(PairClass.REVIEW));
        assertThat(outcomes.report().findings()).noneMatch(f -> f.localIds().contains("IPP-003")
                && f.pairClass() == PairClass.MATCH);
        assertThat(outcomes.report().clusters()).singleElement()
                .satisfies(c -> assertThat(c.survivorLocalId()).isEqualTo("IPP-001"));
        assertThat(outcomes.atTheDesk()).extracting(Finding::localIds).anyMatch(ids -> ids.contains("IPP-001"))
                .anyMatch(ids -> ids.contains("IPP-002"));
        // AUD-8: merged, then unmerged back to exactly the same records.
        assertThat(outcomes.merged().mergedRecords()).singleElement()
                .satisfies(m -> assertThat(m.record()).isEqualTo(outcomes.duplicate()));
        assertThat(outcomes.merged().status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(outcomes.split().retired()).isEqualTo(outcomes.duplicate());
        assertThat(outcomes.split().survivor().mergedRecords()).isEmpty();
        assertThat(trace).contains("merged into IPP-001: IPP-002 (PROVISIONAL)",
                "unmerged: IPP-002 is the same record again: true");
        assertThat(trace).contains("AUD-6 DPOT MATCH [IPP-001, IPP-002]", "stock duplicate rate: ")
                .doesNotContain("GARCIA").doesNotContain("SARAH").doesNotContain("1989")
                .doesNotContain("2890469123");
    }
}
