#!/usr/bin/env bash
# Runs the audit job the way a user does with a Spark 4 distribution, and checks its output.
#
#   ins-audit-spark/spark-submit.sh [SIZE [SEED]]        (defaults: 20000 records, seed 23)
#
# 1. builds the job jar (target/ins-audit-spark-<version>-job.jar: this module + ins-audit +
#    ins-core) and writes Spark's jars (the provided scope, from Maven Central) to a class path file;
#    INS4J_SKIP_BUILD=1 reuses target/ (after `./mvnw verify`, as in .ci/run);
# 2. writes a synthetic base (ins-testing, hospital profile) as CSV;
# 3. lays out a Spark home whose jars/ are those jars (links), and runs spark-submit's own two
#    steps, as bin/spark-submit and bin/spark-class of a distribution do: Spark's launcher
#    (org.apache.spark.launcher.Main) builds the java command line for
#    org.apache.spark.deploy.SparkSubmit (class path, the --add-opens flags, driver memory), then
#    that command runs with exactly the arguments a user gives to spark-submit;
# 4. audits the same CSV with the single-machine IdentityAudit and compares findings, clusters
#    and report (SparkSubmitCheck): exit status 1 on any difference.
#
# Not here: the bin/ scripts themselves and a cluster manager (YARN, Kubernetes, standalone); the
# master is local[2]. Work files go to INS4J_WORK (default: a fresh temporary directory, removed).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE="${1:-20000}"
SEED="${2:-23}"
module=ins-audit-spark
if [ "${INS4J_SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q -pl "$module" -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip
fi
job_jar="$(ls "$module"/target/ins-audit-spark-*-job.jar)"
test_cp="$module/target/test-classes:$(cat "$module/target/test-classpath.txt")"

if [ -n "${INS4J_WORK:-}" ]; then
  work="$INS4J_WORK"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
rm -rf "$work/out" "$work/spark-home"
mkdir -p "$work/spark-home/jars"
tr ':' '\n' < "$module/target/spark-classpath.txt" | while read -r jar; do ln -s "$jar" "$work/spark-home/jars/"; done
export SPARK_HOME="$work/spark-home"
export SPARK_SCALA_VERSION=2.13   # what a distribution's bin/load-spark-env.sh sets

start=$(date +%s)
java -cp "$test_cp" io.github.ins4j.audit.spark.SparkSubmitCheck generate "$SIZE" "$SEED" "$work/identities.csv"

# The user's command: spark-submit <these arguments>.
submit_args=(
  --master "local[2]"
  --class io.github.ins4j.audit.spark.SparkIdentityAudit
  --conf spark.sql.shuffle.partitions=8
  --conf spark.ui.enabled=false
  --conf "spark.local.dir=$work"
  "$job_jar"
  --format csv --input "$work/identities.csv" --output "$work/out"
)
echo "spark-submit ${submit_args[*]}"

# bin/spark-class: the launcher prints a NUL, then the command's arguments separated by NULs.
cmd=()
started=false
while IFS= read -r -d '' arg; do
  if [ "$started" = true ]; then
    cmd+=("${arg#$'\n'}")   # the first one follows the NUL's line end
  elif [ -z "$arg" ]; then
    started=true
  else
    echo "$arg"               # a message of the launcher, before its NUL
  fi
done < <(java -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main \
  org.apache.spark.deploy.SparkSubmit "${submit_args[@]}")
if [ "${#cmd[@]}" -eq 0 ]; then
  echo "FAIL: Spark's launcher built no command" >&2
  exit 1
fi
if ! "${cmd[@]}" > "$work/submit.out" 2> "$work/submit.log"; then
  cat "$work/submit.out"
  tail -n 40 "$work/submit.log" >&2
  echo "FAIL: spark-submit exited with an error (log above)" >&2
  exit 1
fi
cat "$work/submit.out"
submitted=$(date +%s)

java -cp "$test_cp" io.github.ins4j.audit.spark.SparkSubmitCheck compare "$work/identities.csv" "$work/out"
echo "spark-submit run and check: $((submitted - start)) s to generate and submit, $(($(date +%s) - submitted)) s to compare"
