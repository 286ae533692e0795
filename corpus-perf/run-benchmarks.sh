#!/usr/bin/env bash
# Runs every performance benchmark of BENCHMARKS.md in one go and prints its markdown tables.
#
#   corpus-perf/run-benchmarks.sh [WORK_DIR]      (from the repository root)
#
# Environment: RUNS (alternating runs per build, default 3), SIZES (scaling table, default
# "5000 50000 200000"), E2E_SIZE (corpus of the assembly comparison, default 50000), HEAP (MAVEN_OPTS
# -Xmx of the scaling runs, default 256m), JMH_ARGS (default "-f 1 -wi 2 -w 3s -i 3 -r 3s"),
# BENCH_DATA (default ../shared/bench/news-extraction), SKIP_JMH=1. The caller's MAVEN_OPTS (for example
# -Dmaven.repo.local=DIR) apply to every build, the timed ones' own options come after them.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-/tmp/corpuskit-bench}
RUNS=${RUNS:-3}
SIZES=${SIZES:-"5000 50000 200000"}
E2E_SIZE=${E2E_SIZE:-50000}
HEAP=${HEAP:-256m}
JMH_ARGS=${JMH_ARGS:-"-f 1 -wi 2 -w 3s -i 3 -r 3s"}
BENCH_DATA=${BENCH_DATA:-$ROOT/../shared/bench/news-extraction}
MVN="$ROOT/mvnw -B -q"
BASE_OPTS=${MAVEN_OPTS:-}
# Timed builds log at INFO with timestamps, so that goal-times.py can tell each corpus goal's share.
MVN_TIMED="$ROOT/mvnw -B -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
GOAL_TIMES="python3 $ROOT/corpus-perf/goal-times.py"
VERSION=0.1.0-SNAPSHOT
mkdir -p "$WORK"
rm -rf "$WORK/logs"
LOG="$WORK/bench.log"
: > "$LOG"

log() { echo "[bench] $*" >&2; }

aside() { # DIR -> moves DIR out of the way (deleted at the end), so that a build starts without it
  if [ -e "$1" ]; then mkdir -p "$WORK/trash"; mv "$1" "$(mktemp -d "$WORK/trash/XXXXXX")/"; fi
}

log "building the toolkit"
(cd "$ROOT" && $MVN install -DskipTests -Dinvoker.skip=true >> "$LOG" 2>&1)
JAR="$ROOT/corpus-perf/target/benchmarks.jar"

corpus() { # N -> directory of the generated corpus of N documents
  local dir="$WORK/corpus-$1"
  if [ ! -f "$dir/.complete" ]; then
    log "generating $1 documents"
    rm -rf "$dir"
    java -cp "$JAR" dev.corpuskit.perf.CorpusGenerator "$dir" "$1" >> "$LOG"
    touch "$dir/.complete"
  fi
  echo "$dir"
}

corpus_project() { # DIR CORPUS -> a `corpus` packaging project over CORPUS
  mkdir -p "$1"
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>bench-corpus</artifactId>
  <version>1.0.0</version>
  <packaging>corpus</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.corpuskit</groupId>
        <artifactId>corpus-maven-plugin</artifactId>
        <version>$VERSION</version>
        <extensions>true</extensions>
        <configuration>
          <sourceDirectory>$2</sourceDirectory>
          <excludes><exclude>.complete</exclude></excludes>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
}

assembly_project() { # DIR CORPUS -> a jar project that zips CORPUS with maven-assembly-plugin
  mkdir -p "$1"
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>bench-assembly</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build>
    <plugins>
      <plugin>
        <artifactId>maven-assembly-plugin</artifactId>
        <version>3.7.1</version>
        <executions>
          <execution>
            <id>zip-corpus</id>
            <phase>package</phase>
            <goals><goal>single</goal></goals>
            <configuration>
              <descriptors><descriptor>corpus.xml</descriptor></descriptors>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
POM
  cat > "$1/corpus.xml" <<XML
<assembly xmlns="http://maven.apache.org/ASSEMBLY/2.2.0">
  <id>corpus</id>
  <formats><format>zip</format></formats>
  <includeBaseDirectory>false</includeBaseDirectory>
  <fileSets>
    <fileSet>
      <directory>$2</directory>
      <outputDirectory>data</outputDirectory>
    </fileSet>
  </fileSets>
</assembly>
XML
}

timed() { # LABEL DIR MAVEN_OPTS GOALS... -> "seconds peak_kb cpu_seconds" of one build, which must pass
  # The build's log is kept as $WORK/logs/LABEL.N.log (N counts the builds of one label).
  local label=$1 dir=$2 opts=$3
  shift 3
  mkdir -p "$WORK/logs"
  local n=1
  while [ -e "$WORK/logs/$label.$n.log" ]; do n=$((n + 1)); done
  local build_log="$WORK/logs/$label.$n.log"
  (cd "$dir" && MAVEN_OPTS="$BASE_OPTS $opts" /usr/bin/time -o "$WORK/.time" -f '%e %M %U %S' $MVN_TIMED "$@" \
    > "$build_log" 2>&1) || { cat "$build_log" >> "$LOG"; log "$label failed; see $build_log"; exit 1; }
  cat "$build_log" >> "$LOG"
  tail -1 "$WORK/.time" | awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}'
}

goal_medians() { # LABEL -> "validate clean package goals build" medians (s) over the logs of LABEL
  local logs=("$WORK"/logs/"$1".*.log) col out=""
  for col in 1 2 3 4 5; do
    out="$out $($GOAL_TIMES "${logs[@]}" | cut -d' ' -f$col | median)"
  done
  echo $out
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# (a) validate + clean + package against maven-assembly-plugin, alternating, full (cold) builds.
# Each cold build starts from a fresh target/: the previous one is moved aside, not deleted, and the
# moved trees are deleted at the end. On ext4, creating tens of thousands of files right after deleting
# as many makes the kernel skip the freshly freed inodes one by one (BENCHMARKS.md, kernel time): the
# cold builds grew slower run after run (24, 37, 49 s) while the assembly build, one file, did not. A
# fresh checkout in CI has no such deletions behind it.
E2E=$(corpus "$E2E_SIZE")
corpus_project "$WORK/corpus-project" "$E2E"
assembly_project "$WORK/assembly-project" "$E2E"
: > "$WORK/corpus.times"; : > "$WORK/assembly.times"
for i in $(seq "$RUNS"); do
  log "end to end, run $i of $RUNS"
  aside "$WORK/assembly-project/target"
  timed assembly "$WORK/assembly-project" "" package >> "$WORK/assembly.times"
  aside "$WORK/corpus-project/target"
  timed corpus "$WORK/corpus-project" "" package >> "$WORK/corpus.times"
done
COLD_GOALS=$(goal_medians corpus)
# The report page's share of the cold clean goal, from its log line "Wrote the report F in R ms (P% of
# this goal's G ms)", and the size of the page and its figures as the last cold build left them.
REPORT_MS=$(grep -ho 'Wrote the report [^ ]* in [0-9]* ms' "$WORK"/logs/corpus.*.log | awk '{print $(NF-1)}' | median)
REPORT_GOAL_MS=$(grep -ho "of this goal's [0-9]* ms" "$WORK"/logs/corpus.*.log | awk '{print $(NF-1)}' | median)
REPORT_HTML=$(stat -c %s "$WORK/corpus-project/target/corpus-reports/index.html")
REPORT_JSON=$(stat -c %s "$WORK/corpus-project/target/corpus-reports/summary.json")
CORPUS_S=$(cut -d' ' -f1 "$WORK/corpus.times" | median)
ASSEMBLY_S=$(cut -d' ' -f1 "$WORK/assembly.times" | median)
CORPUS_RSS=$(cut -d' ' -f2 "$WORK/corpus.times" | sort -n | tail -1)
CORPUS_CPU=$(cut -d' ' -f3 "$WORK/corpus.times" | median)
ASSEMBLY_CPU=$(cut -d' ' -f3 "$WORK/assembly.times" | median)

# Incremental: nothing changed, then one file changed.
log "incremental runs"
: > "$WORK/noop.times"; : > "$WORK/onefile.times"
ONE=$(find "$E2E" -name '*.txt' | sort | sed -n 2p)
for i in $(seq "$RUNS"); do
  timed noop "$WORK/corpus-project" "" package >> "$WORK/noop.times"
  printf '\nAn added closing paragraph, run %s.\n' "$i" >> "$ONE"
  timed onefile "$WORK/corpus-project" "" package >> "$WORK/onefile.times"
done
# One file added that repeats a short line of another document: the line becomes corpus-repeated,
# so the documents that hold it are cleaned again, and only they (each cleaned form keeps a signature
# of the corpus lines it consulted). Each run shares a line of its own; the corpus is restored after.
: > "$WORK/newline.times"
HOLDER=$(find "$E2E" -name '*.txt' | sort | sed -n 3p)
cp "$HOLDER" "$WORK/holder.orig"
shared() { printf 'Shared line %s of the holder\n' "$(echo "$1" | tr 0-9 a-j)"; } # line keys read digits as 0
for i in $(seq "$RUNS"); do shared "$i" >> "$HOLDER"; done
timed newline-setup "$WORK/corpus-project" "" package > /dev/null
for i in $(seq "$RUNS"); do
  word=$(echo "$i" | tr 0-9 a-j) # every line of the added file is its own, so only the shared one is repeated
  { printf 'The council said on Tuesday that story %s of the benchmark was added to the corpus, and ' "$word"
    printf 'residents said they were relieved to read story %s in full before the next meeting.\n\n' "$word"
    printf 'Officials confirmed that report %s would be published next week, after a review.\n' "$word"
    shared "$i"; } > "$(dirname "$HOLDER")/zz-added-$i.txt"
  timed newline "$WORK/corpus-project" "" package >> "$WORK/newline.times"
done
rm -f "$(dirname "$HOLDER")"/zz-added-*.txt
cp "$WORK/holder.orig" "$HOLDER"
# Every file processed again over the previous build's output: the cache deleted, as after a plugin
# upgrade or a changed setting, while target/ still holds the cleaned files and the jar.
: > "$WORK/rebuild.times"
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/corpus-project/target/corpus-cache"
  timed rebuild "$WORK/corpus-project" "" package >> "$WORK/rebuild.times"
done
REBUILD_S=$(cut -d' ' -f1 "$WORK/rebuild.times" | median)
REBUILD_GOALS=$(goal_medians rebuild)
NEWLINE_S=$(cut -d' ' -f1 "$WORK/newline.times" | median)
NEWLINE_GOALS=$(goal_medians newline)
NOOP_S=$(cut -d' ' -f1 "$WORK/noop.times" | median)
NOOP_GOALS=$(goal_medians noop)
ONEFILE_GOALS=$(goal_medians onefile)
ONEFILE_S=$(cut -d' ' -f1 "$WORK/onefile.times" | median)

# Byte-identical output whatever the thread count (on the smallest corpus of the scaling table).
THREAD_SIZE=${SIZES%% *}
log "thread-count independence, $THREAD_SIZE documents"
corpus_project "$WORK/threads-project" "$(corpus "$THREAD_SIZE")"
JAR_SHAS=""
for t in 1 2 4; do
  aside "$WORK/threads-project/target"
  timed "threads=$t" "$WORK/threads-project" "" package -Dcorpus.threads=$t -Dcorpus.useCache=false > /dev/null
  JAR_SHAS="$JAR_SHAS $(sha256sum "$WORK/threads-project/target/bench-corpus-1.0.0.jar" | cut -c1-12)"
done

# (c, d) scaling with a small heap.
SCALING=""
for n in $SIZES; do
  dir=$(corpus "$n")
  corpus_project "$WORK/scale-$n" "$dir"
  aside "$WORK/scale-$n/target"
  log "scaling: $n documents, -Xmx$HEAP"
  r=$(timed "scale $n" "$WORK/scale-$n" "-Xmx$HEAP" package)
  read -r s kb _ <<< "$r"
  mb=$(du -smL --exclude=.complete "$dir" | cut -f1)
  SCALING="$SCALING| $n | $mb | $s | $(awk -v m="$mb" -v s="$s" 'BEGIN {printf "%.1f", m / s}') | $((kb / 1024)) |
"
done

# (b) JMH: core cleaner and validator, MB/s per thread.
JMH_TABLE=""
if [ "${SKIP_JMH:-0}" != 1 ]; then
  log "JMH"
  java -Dbench.data="$BENCH_DATA" -jar "$JAR" 'dev.corpuskit.perf.*' $JMH_ARGS -t 1 \
    -rf csv -rff "$WORK/jmh.csv" >> "$LOG" 2>&1
  JMH_TABLE=$(python3 "$ROOT/corpus-perf/jmh-table.py" "$WORK/jmh.csv")
fi

cat <<MD
Run of $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs).

### End to end: ${E2E_SIZE} documents ($(du -smL --exclude=.complete "$E2E" | cut -f1) MB), median of $RUNS alternating cold builds

| Build | Median wall (s) | Runs (s) | Median CPU, user + sys (s) | Peak RSS (MB) |
|---|---:|---|---:|---:|
| corpus: validate + clean + package | $CORPUS_S | $(cut -d' ' -f1 "$WORK/corpus.times" | xargs) | $CORPUS_CPU | $((CORPUS_RSS / 1024)) |
| maven-assembly-plugin zip | $ASSEMBLY_S | $(cut -d' ' -f1 "$WORK/assembly.times" | xargs) | $ASSEMBLY_CPU | $(( $(cut -d' ' -f2 "$WORK/assembly.times" | sort -n | tail -1) / 1024 )) |
| ratio corpus / assembly | $(awk -v a="$CORPUS_S" -v b="$ASSEMBLY_S" 'BEGIN {printf "%.2f", a / b}') | | $(awk -v a="$CORPUS_CPU" -v b="$ASSEMBLY_CPU" 'BEGIN {printf "%.2f", a / b}') | |
| no file changed (incremental) | $NOOP_S | $(cut -d' ' -f1 "$WORK/noop.times" | xargs) | $(cut -d' ' -f3 "$WORK/noop.times" | median) | |
| one file changed (incremental) | $ONEFILE_S | $(cut -d' ' -f1 "$WORK/onefile.times" | xargs) | $(cut -d' ' -f3 "$WORK/onefile.times" | median) | |
| one file added, repeating a line of another (incremental) | $NEWLINE_S | $(cut -d' ' -f1 "$WORK/newline.times" | xargs) | $(cut -d' ' -f3 "$WORK/newline.times" | median) | |
| every file again over the previous output (cache deleted) | $REBUILD_S | $(cut -d' ' -f1 "$WORK/rebuild.times" | xargs) | $(cut -d' ' -f3 "$WORK/rebuild.times" | median) | |

Time of each corpus goal (median over the runs, from Maven's log timestamps: a goal runs from its
header line to the next; "Maven" is the build from its first log line to BUILD SUCCESS, without JVM start):

| Build | validate (s) | clean (s) | package (s) | corpus goals (s) | Maven (s) | goals / cold wall |
|---|---:|---:|---:|---:|---:|---:|
$(for row in "cold:$COLD_GOALS" "no file changed:$NOOP_GOALS" "one file changed:$ONEFILE_GOALS" "one file added, repeating a line:$NEWLINE_GOALS" \
    "every file again, cache deleted:$REBUILD_GOALS"; do
  set -- ${row#*:}
  echo "| ${row%%:*} | $1 | $2 | $3 | $4 | $5 | $(awk -v g="$4" -v c="$CORPUS_S" 'BEGIN {printf "%.1f%%", 100 * g / c}') |"
done)

Report page of the cold clean (median of $RUNS): $REPORT_MS ms of the clean goal's $REPORT_GOAL_MS ms
($(awk -v r="$REPORT_MS" -v g="$REPORT_GOAL_MS" 'BEGIN {printf "%.1f%%", 100 * r / g}')); \`index.html\`
$(awk -v b="$REPORT_HTML" 'BEGIN {printf "%.2f MB", b / 1e6}'), \`summary.json\` $REPORT_JSON bytes.

Jar SHA-256 of the $THREAD_SIZE-document corpus with threads 1, 2, 4 (no cache):$JAR_SHAS

### Scaling: cold \`package\` with MAVEN_OPTS=-Xmx$HEAP

| Documents | MB | Wall (s) | MB/s | Peak RSS (MB) |
|---:|---:|---:|---:|---:|
$SCALING
### JMH: core, one thread (\`-t 1\`), MB/s of input

$JMH_TABLE
MD

log "deleting the builds moved aside"
rm -rf "$WORK/trash"
