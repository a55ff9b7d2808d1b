#!/usr/bin/env bash
# Fuzzes each ins4j fuzz target with Jazzer (coverage-guided), one JVM per target, for a fixed
# budget. `./mvnw verify` only replays the seed corpora (regression mode); this script searches.
#
#   ins-fuzz/fuzz.sh                 # every target, FUZZ_SECONDS (default 7) each
#   FUZZ_SECONDS=600 ins-fuzz/fuzz.sh ReadersFuzzTest#datamatrixImage   # one target, longer
#
# A finding fails the script; Jazzer writes its input as crash-<sha1> in ins-fuzz/ (git-ignored):
# fix the code, then copy the input into src/test/resources/io/github/ins4j/fuzz/<Class>Inputs/<method>/
# so that `./mvnw verify` replays it for ever. The corpus each run grows stays in
# ins-fuzz/.cifuzz-corpus (git-ignored) and is reused by the next run on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."

FUZZ_SECONDS="${FUZZ_SECONDS:-7}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    MatriculeFuzzTest#matricule MatriculeFuzzTest#oid
    TraitsFuzzTest#birthName TraitsFuzzTest#firstNames TraitsFuzzTest#birthDate
    TraitsFuzzTest#sex TraitsFuzzTest#birthPlace
    ReadersFuzzTest#localTraits ReadersFuzzTest#datamatrixText ReadersFuzzTest#datamatrixImage
    ReadersFuzzTest#mssanteAddress NoInsFuzzTest#noIns
    ExchangeFuzzTest#cda ExchangeFuzzTest#hl7v2 ExchangeFuzzTest#fhir
  )
fi

# Compile once and write the test class path; the targets then start as plain JVMs.
./mvnw -B -q test-compile dependency:build-classpath -pl ins-fuzz -am -Dmaven.javadoc.skip \
  -Dmdep.outputFile=target/fuzz.classpath -Dmdep.includeScope=test
cd ins-fuzz
cp="target/test-classes:$(cat target/fuzz.classpath)"

failed=0
for target in "${targets[@]}"; do
  start=$SECONDS
  # Instrument ins4j only; the heap stays small so that a memory blow-up is a finding.
  if JAZZER_FUZZ=1 java -Xmx512m -Djazzer.max_duration="${FUZZ_SECONDS}s" \
      -Djazzer.instrumentation_includes='io.github.ins4j.**' \
      -cp "$cp" io.github.ins4j.fuzz.FuzzMain "io.github.ins4j.fuzz.$target" > "target/fuzz-${target/\#/-}.log" 2>&1; then
    runs="$(grep -Eo 'Done [0-9]+ runs' "target/fuzz-${target/\#/-}.log" | tail -1 || true)"
    echo "fuzz $target: ${runs:-no run count}, $((SECONDS - start)) s"
  else
    echo "fuzz $target: FINDING, see ins-fuzz/target/fuzz-${target/\#/-}.log" >&2
    grep -vE 'INFO: (Loaded|Instrumented)' "target/fuzz-${target/\#/-}.log" | grep -E -A15 'Exception|Error|FAILED' | head -40 >&2 || true
    grep -E '^Base64:' "target/fuzz-${target/\#/-}.log" | head -1 >&2 || true
    failed=1
  fi
done
exit $failed
