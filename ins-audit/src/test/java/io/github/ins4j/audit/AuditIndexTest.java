package io.github.ins4j.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.SyntheticPopulation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The one-record check gives the findings the batch gives. */
class AuditIndexTest {

    @Property(tries = 10)
    void AUD_the_index_finds_what_the_batch_finds_for_one_new_record(@ForAll long seed) {
        List<AuditRecord> base = SyntheticPopulation.of(seed, 1200, PopulationProfile.builder().duplicateRate(0.2)
                .build()).stream().map(Synthetic::toAudit).toList();
        AuditReport batch = IdentityAudit.of(AuditPolicy.defaults()).run(base);
        Set<String> batchPairs = new HashSet<>();
        for (Finding f : batch.findings()) {
            if (f.localIds().size() == 2) {
                batchPairs.add(f.kind() + " " + f.localIds());
            }
        }
        // index all but the last 200 records, then look each of those up before adding it
        AuditIndex index = AuditIndex.build(AuditPolicy.defaults(), base.subList(0, 1000));
        Set<String> indexPairs = new HashSet<>();
        List<AuditRecord> added = new ArrayList<>(base.subList(0, 1000));
        for (AuditRecord r : base.subList(1000, base.size())) {
            for (Finding f : index.lookup(r)) {
                if (f.localIds().size() == 2) {
                    indexPairs.add(f.kind() + " " + f.localIds());
                }
            }
            index.add(r);
            added.add(r);
        }
        assertThat(index.size()).isEqualTo(base.size());
        Set<String> expected = new HashSet<>();
        Set<String> late = new HashSet<>();
        for (AuditRecord r : base.subList(1000, base.size())) {
            late.add(r.localId());
        }
        for (String p : batchPairs) {
            String ids = p.substring(p.indexOf('[') + 1, p.length() - 1);
            String[] two = ids.split(", ");
            if (late.contains(two[0]) || late.contains(two[1])) {
                expected.add(p);
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(indexPairs).isEqualTo(expected);
    }
}
