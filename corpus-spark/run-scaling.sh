#!/usr/bin/env bash
# Runs the Spark job in local[1] and local[2] on a generated corpus and checks that both write the
# same bytes, with the core's CorpusRun.clean (the plugin's and the command line's run) on the same
# corpus and configuration side by side. Usage: corpus-spark/run-scaling.sh [DOCUMENTS=5000]
# [WORK_DIR=target/spark-scaling]. Builds the job jar and corpus-perf's generator first; prints wall
# time and peak RSS of each run.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-5000}
work=${2:-corpus-spark/target/spark-scaling}
# One reactor run: corpus-spark, built last, writes the class path of Spark (its provided scope).
./mvnw -B -q -pl corpus-spark,corpus-perf -am package dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=provided -Dmdep.outputFile="$PWD/corpus-spark/target/spark.classpath"
opens=$(sed -n 's/.*<spark.jvm.opens>\(.*\)<\/spark.jvm.opens>.*/\1/p' corpus-spark/pom.xml)
classpath="$(cat corpus-spark/target/spark.classpath):corpus-spark/target/corpus-spark-job.jar"
rm -rf "$work" && mkdir -p "$work"
java -cp corpus-perf/target/classes:corpus-spark/target/corpus-spark-job.jar \
  dev.corpuskit.perf.CorpusGenerator "$work/corpus" "$documents"
/usr/bin/time -f "core (2 threads): wall %e s, peak RSS %M KB" java -Xmx4g \
  -cp corpus-spark/target/corpus-spark-job.jar corpus-spark/scaling/CoreClean.java "$work/corpus" "$work/core" 2>&1 \
  | grep -E '^core'
for threads in 1 2; do
  # shellcheck disable=SC2086
  /usr/bin/time -f "local[$threads]: wall %e s, peak RSS %M KB" java $opens -Xmx4g \
    -Dspark.master="local[$threads]" -cp "$classpath" dev.corpuskit.spark.Main \
    "$work/corpus" "$work/out-$threads" --shards 4 2>&1 | grep -E '^(local\[|[0-9]+ documents)'
done
diff -r "$work/out-1" "$work/out-2" && echo "local[1] and local[2] wrote the same bytes"
