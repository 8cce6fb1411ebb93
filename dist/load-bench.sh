#!/usr/bin/env bash
# Cold pipeline load (issue 10: <= 3 s) under JVM flag sets, each against the plain JVM in the same run.
# Every load is a fresh JVM (org.newslens.extract.PipelineLoads ours, the window's case); each round runs
# every flag set once, the order rotated from round to round, so that load from other processes falls on
# all alike. Prints each run, then per flag set the median (min-max) of the load's wall time, of the whole
# process's wall time (JVM start and exit included) and of the process CPU, and the load average.
# With SPEED_ROUNDS=N (default 0: off) it then checks extraction speed: the Benchmark's
# -Dnewslens.bench.oursOnly (our tokens/s on one thread) under each flag set, N rounds alternating.
#
#   mvn -B -q -DskipTests package      # the jar, target/lib and the test classes
#   dist/load-bench.sh [ROUNDS]        # ROUNDS per flag set, default 5
#   SPEED_ROUNDS=2 dist/load-bench.sh 7
#
# AppCDS: one training run with -XX:ArchiveClassesAtExit (a dynamic archive on top of the JDK's default
# CDS archive) writes target/load-bench/app.jsa, used by the "cds" sets; "scds" uses a static archive
# (the training run's -XX:DumpLoadedClassList, then -Xshare:dump), which in JDK 17 also takes the
# pre-Java-6 class files (Joda-Time's) that the dynamic archive skips. CDS archives classes from jars
# only, so the test classes go into a jar of their own and the class path is jars only, as in the app image.
# FLAGS overrides the flag sets: one "name=flags" per line (the first should be "plain="); a name may end
# in @LOAD to run that set with "PipelineLoads LOAD" instead of "ours"; SPEED_SETS (names,
# space-separated; default all) limits the speed check; SKIP_LOADS=1 skips the load rounds.
#
#   dist/load-bench.sh models [ROUNDS]  # our load with CoreNLP's NER model file (POS tagger compressed, as
#                                       # before), with its compact form
#                                       # (CompactCrfModel) in a compressed jar, and as the app loads it: the
#                                       # compact form and the POS tagger from the uncompressed newslens-models.jar;
#                                       # plain JVM, rotating; no AppCDS runs
#   dist/load-bench.sh parts [ROUNDS]   # where a cold load goes (PipelineLoadParts parts, parts-jaxb, crf, crf-compact, pos):
#                                       # per part the median wall, thread CPU, process CPU, classes, GCs, JIT ms
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=flags
case "${1:-}" in models|parts) MODE="$1"; shift ;; esac
ROUNDS="${1:-5}"
SPEED_ROUNDS="${SPEED_ROUNDS:-0}"
JAVA="${JAVA:-java}"
BASE_OPTS="${BASE_OPTS:--Xmx2g}"   # as dist/jpackage.sh's --java-options, under every flag set
B=target/load-bench
A="$B/app.jsa"      # dynamic archive (-XX:ArchiveClassesAtExit), on top of the JDK's default CDS archive
S="$B/static.jsa"   # static archive (-Xshare:dump from the training run's class list), JDK classes included
[ -f target/newslens.jar ] && [ -d target/test-classes/org/newslens/extract ] \
    || { echo "load-bench: run 'mvn -B -q -DskipTests package' first" >&2; exit 1; }
mkdir -p "$B"
rm -f "$B/bench.jar" "$B/original-model.jar" "$A" "$S" "$B/classes.lst"
jar cf "$B/bench.jar" -C target/test-classes .
# CoreNLP's own NER model file, which the app's jars leave out (they ship the compact form), for the comparisons;
# and the app's models (compact NER model, POS tagger) in a compressed jar, as they were before newslens-models.jar.
jar cf "$B/original-model.jar" -C target/models edu/stanford/nlp/models/ner
rm -f "$B/deflated-models.jar"
jar cf "$B/deflated-models.jar" -C target/classes edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.compact.ser \
    -C target/classes edu/stanford/nlp/models/pos-tagger
CP="target/newslens.jar:$B/bench.jar:$B/original-model.jar"   # newslens.jar's manifest brings target/lib/*.jar
loadavg() { cut -d' ' -f1 /proc/loadavg; }

if [ "$MODE" = parts ]; then
  echo "java: $("$JAVA" -version 2>&1 | sed -n 2p); $(nproc) cores; $BASE_OPTS; load average $(loadavg)"
  : > "$B/parts.runs"
  for ((r = 0; r < ROUNDS; r++)); do
    for what in parts parts-jaxb crf crf-compact pos; do
      # shellcheck disable=SC2086
      "$JAVA" $BASE_OPTS -cp "$CP" org.newslens.extract.PipelineLoadParts "$what" 2> "$B/last.err" | grep -v 'crf bytes:' >> "$B/parts.runs" \
          || { echo "load-bench: parts $what failed:" >&2; cat "$B/last.err" >&2; exit 1; }
    done
    echo "round $((r + 1)) done, load average $(loadavg)"
  done
  echo
  echo "median of $ROUNDS fresh JVMs per part (each mode's parts run in order in one JVM, one thread; load average now $(loadavg)):"
  printf '%-30s %7s %7s %7s %7s %4s %6s %6s\n' part wall_ms thread process classes GCs GC_ms JIT_ms
  awk '{ n[$1]++; for (c = 2; c <= 8; c++) v[$1, c, n[$1]] = $c; if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 } }
    END { for (i = 1; i <= k; i++) { p = order[i]; printf "%-30s", p
            for (c = 2; c <= 8; c++) { m = n[p]; for (a = 1; a <= m; a++) x[a] = v[p, c, a]
              for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (x[b] < x[a]) { t = x[a]; x[a] = x[b]; x[b] = t }
              med = m % 2 ? x[(m + 1) / 2] : (x[m / 2] + x[m / 2 + 1]) / 2
              printf (c == 6 ? " %4d" : " %7d"), med }
            printf "\n" } }' "$B/parts.runs"
  exit 0
fi

T4="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
T4X="-XX:Tier4InvocationThreshold=500000 -XX:Tier4MinInvocationThreshold=60000 -XX:Tier4CompileThreshold=1500000 -XX:Tier4BackEdgeThreshold=4000000"
# t4x10 / t4x100: C2 (tier 4) thresholds 10x / 100x the defaults (5000, 600, 15000, 40000): C2 waits
# until a method is really hot, C1 (tiers 1-3) as usual. mtt1: G1 promotes what survives one young GC.
DEFAULT_FLAGS="plain=
cds=-XX:SharedArchiveFile=$A
scds=-XX:SharedArchiveFile=$S
c1=-XX:TieredStopAtLevel=1
serial=-XX:+UseSerialGC
pgc1=-XX:ParallelGCThreads=1
mtt1=-XX:MaxTenuringThreshold=1
t4x10=$T4
t4x100=$T4X
scds+t4x100=-XX:SharedArchiveFile=$S $T4X
scds+mtt1+t4x100=-XX:SharedArchiveFile=$S -XX:MaxTenuringThreshold=1 $T4X
scds+c1=-XX:SharedArchiveFile=$S -XX:TieredStopAtLevel=1"
MODEL_FLAGS="original-model@ours-original-model=
compact-deflated=
compact-model="
[ "$MODE" = models ] && FLAGS="$MODEL_FLAGS"
NAMES=(); OPTS=(); LOADS=()
while IFS= read -r line; do
  [ -n "$line" ] || continue
  name="${line%%=*}"
  NAMES+=("${name%%@*}"); OPTS+=("${line#*=}")
  case "$name" in *@*) LOADS+=("${name#*@}") ;; *) LOADS+=(ours) ;; esac
done <<< "${FLAGS:-$DEFAULT_FLAGS}"
N=${#NAMES[@]}

echo "java: $("$JAVA" -version 2>&1 | sed -n 2p); $(nproc) cores; options of every run: ${BASE_OPTS:-(none)}; load average $(loadavg)"

if [ "$MODE" = flags ]; then
t0=$(date +%s%N)
"$JAVA" $BASE_OPTS -XX:ArchiveClassesAtExit="$A" -cp "$CP" org.newslens.extract.PipelineLoads ours > /dev/null 2> "$B/dump.log"
echo "training run for the dynamic AppCDS archive: $(( ($(date +%s%N) - t0) / 1000000 )) ms, $(du -h "$A" | cut -f1)"
t0=$(date +%s%N)
"$JAVA" $BASE_OPTS -XX:DumpLoadedClassList="$B/classes.lst" -cp "$CP" org.newslens.extract.PipelineLoads ours > /dev/null 2>> "$B/dump.log"
"$JAVA" $BASE_OPTS -Xshare:dump -XX:SharedClassListFile="$B/classes.lst" -XX:SharedArchiveFile="$S" -cp "$CP" >> "$B/dump.log" 2>&1
echo "training run and dump of the static AppCDS archive: $(( ($(date +%s%N) - t0) / 1000000 )) ms, $(du -h "$S" | cut -f1), $(wc -l < "$B/classes.lst") classes listed"
fi

for ((i = 0; i < N; i++)); do : > "$B/${NAMES[i]}.runs"; done
[ "${SKIP_LOADS:-0}" = 1 ] && ROUNDS=0
for ((r = 0; r < ROUNDS; r++)); do
  for ((k = 0; k < N; k++)); do
    i=$(( (r + k) % N ))
    # shellcheck disable=SC2086  # flags are words
    t0=$(date +%s%N)
    # the compressed models jar is found before newslens-models.jar: the POS tagger compressed, as before that jar
    cp="$CP"; case "${NAMES[i]}" in original-model|compact-deflated) cp="$B/deflated-models.jar:$CP" ;; esac
    out=$("$JAVA" $BASE_OPTS ${OPTS[i]} -cp "$cp" org.newslens.extract.PipelineLoads "${LOADS[i]}" 2> "$B/last.err") \
        || { echo "load-bench: ${NAMES[i]} failed:" >&2; cat "$B/last.err" >&2; exit 1; }
    total=$(( ($(date +%s%N) - t0) / 1000000 ))
    set -- $out   # "load MILLIS PROCESS_CPU_MILLIS CALLER_CPU_MILLIS"
    echo "$2 $total $3 $4" >> "$B/${NAMES[i]}.runs"
    printf 'round %d  %-14s load %5d ms  process %5d ms  CPU %5d ms (loading thread %5d ms)  load average %s\n' \
        $((r + 1)) "${NAMES[i]}" "$2" "$total" "$3" "$4" "$(loadavg)"
  done
done

# median (min-max) of column $1 of file $2, in seconds
stat() { cut -d' ' -f"$1" "$2" | sort -n | awk '{v[NR]=$1} END {
  m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2
  printf "%.2f s (%.2f-%.2f)", m/1000, v[1]/1000, v[NR]/1000 }'; }
med() { cut -d' ' -f"$1" "$2" | sort -n | awk '{v[NR]=$1} END { print NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2 }'; }
if [ "$ROUNDS" -gt 0 ]; then
base=$(med 1 "$B/${NAMES[0]}.runs")
echo
echo "median of $ROUNDS cold loads per flag set (load average now $(loadavg)):"
printf '%-14s %-22s %-9s %-22s %-22s %-22s %s\n' "flags" "load (wall)" "vs ${NAMES[0]}" "process (wall)" "process CPU" "loading thread CPU" "options"
for ((i = 0; i < N; i++)); do
  f="$B/${NAMES[i]}.runs"
  printf '%-14s %-22s %-9s %-22s %-22s %-22s %s\n' "${NAMES[i]}" "$(stat 1 "$f")" \
      "$(awk -v a="$(med 1 "$f")" -v b="$base" 'BEGIN { printf "%+.0f %%", 100 * (a - b) / b }')" \
      "$(stat 2 "$f")" "$(stat 3 "$f")" "$(stat 4 "$f")" "${OPTS[i]:-(none)}"
done
echo "under 3 s: $(for ((i = 0; i < N; i++)); do printf '%s %s of %s; ' "${NAMES[i]}" "$(awk '$1 < 3000' "$B/${NAMES[i]}.runs" | wc -l)" "$(wc -l < "$B/${NAMES[i]}.runs")"; done)"
fi

[ "$SPEED_ROUNDS" -gt 0 ] || exit 0
echo
echo "extraction speed, Benchmark -Dnewslens.bench.oursOnly (one thread, tokens/s by wall time and by thread CPU):"
SN=(); SO=()
for ((i = 0; i < N; i++)); do
  case " ${SPEED_SETS:-${NAMES[*]}} " in *" ${NAMES[i]} "*) SN+=("${NAMES[i]}"); SO+=("${OPTS[i]}") ;; esac
done
NAMES=("${SN[@]}"); OPTS=("${SO[@]}"); N=${#NAMES[@]}
for ((i = 0; i < N; i++)); do : > "$B/${NAMES[i]}.speed"; done
for ((r = 0; r < SPEED_ROUNDS; r++)); do
  for ((k = 0; k < N; k++)); do
    i=$(( (r + k) % N ))
    # shellcheck disable=SC2086
    out=$("$JAVA" $BASE_OPTS ${OPTS[i]} -Dnewslens.bench.oursOnly=true -cp "$CP" org.newslens.extract.eval.Benchmark 2> "$B/last.err" | grep '^speed ') \
        || { echo "load-bench: speed under ${NAMES[i]} failed:" >&2; cat "$B/last.err" >&2; exit 1; }
    set -- $out
    echo "$2 $3" >> "$B/${NAMES[i]}.speed"
    printf 'round %d  %-14s %6d tokens/s (thread CPU: %6d)  load average %s\n' $((r + 1)) "${NAMES[i]}" "$2" "$3" "$(loadavg)"
  done
done
sbase=$(med 1 "$B/${NAMES[0]}.speed")
echo "median tokens/s per flag set:"
for ((i = 0; i < N; i++)); do
  f="$B/${NAMES[i]}.speed"
  printf '%-14s %6s by wall (%s), %6s by thread CPU\n' "${NAMES[i]}" "$(med 1 "$f")" \
      "$(awk -v a="$(med 1 "$f")" -v b="$sbase" 'BEGIN { printf "%+.0f %%", 100 * (a - b) / b }')" "$(med 2 "$f")"
done
