#!/usr/bin/env bash
# Clippings benchmark: generates synthetic corpora and measures clean, warm, incremental and no-op
# builds, per stage, against Hugo building the same articles (Debian's `hugo`, when installed), and
# `clippings serve` rebuilding after one saved article (bench/serve_add.py).
#
#   bench/run.sh [SIZE ...]        default sizes: 1000 10000
#   BENCH_DIR=/tmp/x bench/run.sh  where corpora and sites go (default /tmp/clippings-bench)
#   CLIPPINGS_JAVA_OPTS="-Xmx2g" bench/run.sh 100000
#   HUGO= bench/run.sh 100000        skip Hugo (HUGO names the binary, default hugo)
#   CLEAN=0 bench/run.sh 10000       keep the last run's site and cache and skip the clean build (to
#                                    measure a change that cannot change records without extracting again)
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SIZES=${*:-1000 10000}
WORK=${BENCH_DIR:-/tmp/clippings-bench}
# the launcher the README uses (serial GC, heap that tracks the live set, AppCDS); extra JVM
# options in CLIPPINGS_JAVA_OPTS
CLIPPINGS=${CLIPPINGS:-$REPO/target/clippings}
HUGO=${HUGO-hugo}
[ -x "$CLIPPINGS" ] || mvn -q -B -ntp -DskipTests package
mkdir -p "$WORK"
RESULTS=$WORK/results.tsv
printf 'size\trun\twall_s\trss_mb\tfiles\tstages\n' > "$RESULTS"

timed() { # label, size, stats-file, command...
  local label=$1 size=$2 stats=$3; shift 3
  /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/last.err" || echo "  ($label failed: see $WORK/last.err)"
  local t; t=$(tail -1 "$WORK/time.txt")
  local wall=${t% *} rss=$(( ${t#* } / 1024 ))
  local stages="" files=""
  if [ -n "$stats" ] && [ -f "$stats" ]; then
    files=$(python3 -c "import json;d=json.load(open('$stats'));print(d['files'])")
    stages=$(python3 -c "
import json;d=json.load(open('$stats'))
print(' '.join(f\"{k}={v['wallSeconds']}s/cpu{v['cpuSeconds']}s/heap{v['peakHeapMB']}MB\" for k,v in d['stages'].items()) + ' ' + ' '.join(f'{k}={v}' for k,v in d['steps'].items()) + ' words=' + str(d['counters'].get('words extracted',0)))")
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$label" "$wall" "$rss" "$files" "$stages" | tee -a "$RESULTS"
}

# size, label, max|min, labels...: a row for the run of median wall time, with the highest (ours) or
# lowest (Hugo's) peak RSS of the runs, so the RSS ratio errs against us
median() {
  python3 - "$RESULTS" "$@" <<'PY'
import csv, sys
results, size, label, pick, *labels = sys.argv[1:]
rows = [r for r in csv.DictReader(open(results), delimiter='\t') if r['size'] == size and r['run'] in labels]
if rows:
    mid = sorted(rows, key=lambda r: float(r['wall_s']))[len(rows) // 2]
    rss = (max if pick == 'max' else min)(int(r['rss_mb']) for r in rows)
    walls = ' '.join(r['wall_s'] for r in rows)
    line = '\t'.join([size, label, mid['wall_s'], str(rss), mid['files'], f"median of {walls}; " + mid['stages']])
    open(results, 'a').write(line + '\n')
    print(line)
PY
}

for n in $SIZES; do
  W=$WORK/$n
  mkdir -p "$W"
  [ -d "$W/corpus" ] || java "$REPO/bench/GenerateCorpus.java" --count "$n" --seed 42 --out "$W/corpus"
  [ "${CLEAN:-1}" = 0 ] || rm -rf "$W/site" "$W/.site.previous" "$W/.clippings-cache"
  rm -rf "$W/tplA" "$W/tplB" "$W/corpus/zz-extra"
  cp -r "$REPO/templates" "$W/tplA"; cp -r "$REPO/templates" "$W/tplB"
  echo "<#-- changed for the warm-build benchmark -->" >> "$W/tplB/lib/layout.ftlh"
  printf 'site:\n  base_url: https://example.org/\npaths:\n  templates: tplA\n' > "$W/a.yaml"
  printf 'site:\n  base_url: https://example.org/\npaths:\n  templates: tplB\n' > "$W/b.yaml"
  # another site title: every page and data file changes, extraction results stay valid
  printf 'site:\n  base_url: https://example.org/\n  title: Rebuilt archive\npaths:\n  templates: tplB\n' > "$W/c.yaml"
  B="$CLIPPINGS build --articles $W/corpus --out $W/site --quiet"

  if [ "${CLEAN:-1}" = 0 ]; then
    $B --config "$W/a.yaml" >/dev/null 2>&1 || true # templates A again, so the next run is a template change
  else
    timed clean "$n" "$W/clean.json" $B --config "$W/a.yaml" --stats "$W/clean.json"
  fi
  # three template changes (B, A, B), the median reported as `warm`: the first after a clean build
  # also stages into a new folder (there is no previous site to write over yet)
  timed warm1 "$n" "$W/warm1.json" $B --config "$W/b.yaml" --stats "$W/warm1.json"
  timed warm2 "$n" "$W/warm2.json" $B --config "$W/a.yaml" --stats "$W/warm2.json"
  timed warm3 "$n" "$W/warm3.json" $B --config "$W/b.yaml" --stats "$W/warm3.json"
  median "$n" warm max warm1 warm2 warm3
  timed rebuild "$n" "$W/rebuild.json" $B --config "$W/c.yaml" --stats "$W/rebuild.json"
  timed noop "$n" "$W/noop.json" $B --config "$W/c.yaml" --stats "$W/noop.json"
  mkdir -p "$W/corpus/zz-extra"
  sed -n '1,200p' "$(find -L "$W/corpus" -name '*.txt' | sort | head -1)" | sed '1s/^date [0-9-]*/date 2025-12-30/' > "$W/corpus/zz-extra/added.txt"
  timed add-one "$n" "$W/add.json" $B --config "$W/c.yaml" --stats "$W/add.json"
  rm -rf "$W/corpus/zz-extra"
  # serve: one article saved at a time, ten times; the first rebuild after start-up pays the JIT
  python3 "$REPO/bench/serve_add.py" "$CLIPPINGS" "$W/corpus" "$W/site" "$W/c.yaml" 10 > "$WORK/serve.txt" 2>&1 || echo "  (serve failed: see $WORK/serve.txt)"
  python3 - "$n" "$WORK/serve.txt" "$RESULTS" <<'PY'
import re, statistics, sys
size, log, results = sys.argv[1:]
text = open(log).read()
adds = [float(x) for x in re.findall(r"^add \d+: ([0-9.]+) s", text, re.M)]
rss = re.search(r"serve peak RSS: (\d+) MB", text)
if adds:
    with open(results, "a") as out:
        later = statistics.median(adds[1:]) if len(adds) > 1 else adds[0]
        out.write(f"{size}\tserve-add\t{later:.2f}\t{rss.group(1) if rss else ''}\t\tfirst={adds[0]:.2f}s all={adds}\n")
    print(f"{size}\tserve-add\t{later:.2f} s (median of adds 2-{len(adds)}; first {adds[0]:.2f} s)")
PY

  if [ -n "$HUGO" ] && command -v "$HUGO" >/dev/null 2>&1; then
    # Fresh folders, the old ones deleted only after every timing: on ext4, creating files within
    # a minute or so of deleting tens of thousands scans past the freed inodes, which would slow
    # Hugo for our clean-up (a 50,000-article run lost a third of its speed to it).
    HSRC=$W/hugo.$$ HOUT=$W/hugo-public.$$
    mv "$W/hugo" "$W/hugo.old.$$" 2>/dev/null || true
    mv "$W/hugo-public" "$W/hugo-public.old.$$" 2>/dev/null || true
    cp -r "$REPO/bench/hugo" "$HSRC"
    java -cp "$(dirname "$CLIPPINGS")/clippings.jar" "$REPO/bench/ToHugo.java" "$W/site/data/records.json" "$HSRC" >/dev/null
    # three builds, each into a folder of its own, the median reported as `hugo`
    for k in 1 2 3; do timed "hugo$k" "$n" "" "$HUGO" --quiet -s "$HSRC" -d "$HOUT.$k"; done
    median "$n" hugo min hugo1 hugo2 hugo3
    echo "  hugo files: $(find "$HOUT.1" -type f | wc -l)"
    mv "$HSRC" "$W/hugo"; mv "$HOUT.1" "$W/hugo-public"
    mkdir -p "$W/hugo-public.old.$$"; mv "$HOUT.2" "$HOUT.3" "$W/hugo-public.old.$$/"
  fi
  echo "  clippings files: $(find "$W/site" -type f | wc -l), search: $(python3 "$REPO/bench/search_payload.py" "$W/site" | tail -2 | tr '\n' ' ')"
done

rm -rf "$WORK"/*/hugo.old.* "$WORK"/*/hugo-public.old.*
echo
echo "Results in $RESULTS"
python3 - "$RESULTS" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
by = {}
for r in rows: by.setdefault(r['size'], {})[r['run']] = r
print(f"{'size':>7} {'clean s':>8} {'warm s':>7} {'rebuild s':>9} {'hugo s':>7} {'warm/hugo':>9} {'rebuild/hugo':>12} {'warm RSS':>8} {'hugo RSS':>8} {'RSS ratio':>9} {'add-one s':>9} {'serve add s':>11} {'noop s':>7}")
for size, r in by.items():
    h = r.get('hugo')
    f = lambda k, c: float(r[k][c]) if k in r else float('nan')
    ratio = f('warm','wall_s') / float(h['wall_s']) if h else float('nan')
    rss = f('warm','rss_mb') / float(h['rss_mb']) if h else float('nan')
    full = f('rebuild','wall_s') / float(h['wall_s']) if h else float('nan')
    print(f"{size:>7} {f('clean','wall_s'):>8.1f} {f('warm','wall_s'):>7.1f} {f('rebuild','wall_s'):>9.1f} {float(h['wall_s']) if h else float('nan'):>7.1f} {ratio:>9.2f} {full:>12.2f} {f('warm','rss_mb'):>8.0f} {float(h['rss_mb']) if h else float('nan'):>8.0f} {rss:>9.2f} {f('add-one','wall_s'):>9.2f} {f('serve-add','wall_s'):>11.2f} {f('noop','wall_s'):>7.2f}")
PY
