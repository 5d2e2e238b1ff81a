#!/usr/bin/env bash
# NewsHub benchmarks in one run: seed a throwaway PostgreSQL with a synthetic corpus, serve NewsHub (Release) on
# loopback, load the reader pages with wrk against the /plaintext ceiling of the same binary, time searches, time
# ingestion from a synthetic loopback site and extraction alone, and write bench/results/<stamp>-<N>/summary.md.
# See bench/README.md. Everything it starts it stops (trap), whatever happens.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
PROJECT="$ROOT/src/NewsHub.Web"
DLL="$PROJECT/bin/Release/net10.0/NewsHub.Web.dll"
XBENCH="$BENCH/ExtractionBench/bin/Release/net10.0/ExtractionBench.dll"
PGBIN="${NEWSHUB_PGBIN:-/usr/lib/postgresql/15/bin}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

ARTICLES=20000 DURATION=10 CONNECTIONS=32 THREADS=2 ONLY=pages,search,ingestion,extraction KEEP_PG="" FEED_ITEMS=10000 SITE_PAGES=5000 SEARCH_ROUNDS=3 SHARDS=4
usage() {
  cat <<USAGE
usage: bench/run.sh [--articles N] [--duration SECONDS] [--connections C] [--only PARTS] [--keep-pg DIR]
                    [--feed-items N] [--site-pages N] [--search-rounds R]
  --articles N      synthetic articles to seed (default $ARTICLES)
  --duration S      seconds per wrk run (default $DURATION)
  --connections C   wrk connections, fixed for every page (default $CONNECTIONS; threads: $THREADS)
  --only PARTS      comma-separated parts to run: pages,search,ingestion,extraction (default: all)
  --search-only     same as --only search (for 1M articles)
  --keep-pg DIR     use and keep a PostgreSQL cluster in DIR (created when missing) and seed only the articles it
                    lacks, so 1M articles are seeded once for several runs; bench sources of an earlier run are deleted
  --feed-items N    items in the synthetic full-content feed (default $FEED_ITEMS)
  --site-pages N    article pages behind the synthetic listings (default $SITE_PAGES)
  --shards K        the synthetic site as K feeds and K listings, i.e. K sources scraped in parallel (default $SHARDS)
  --search-rounds R times each query of bench/queries.txt is timed end to end (default $SEARCH_ROUNDS)
USAGE
}
while [ $# -gt 0 ]; do
  case $1 in
    --articles) ARTICLES=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --search-only) ONLY=search; shift ;;
    --only) ONLY=$2; shift 2 ;;
    --keep-pg) KEEP_PG=$(realpath -m "$2"); shift 2 ;;
    --feed-items) FEED_ITEMS=$2; shift 2 ;;
    --site-pages) SITE_PAGES=$2; shift 2 ;;
    --search-rounds) SEARCH_ROUNDS=$2; shift 2 ;;
    --shards) SHARDS=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

say() { printf 'bench: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
want() { [[ ",$ONLY," == *",$1,"* ]]; }

# --- tools --------------------------------------------------------------------------------------
command -v dotnet >/dev/null || die "the .NET SDK 10 is needed"
[ -x "$PGBIN/initdb" ] || die "PostgreSQL server binaries not found in $PGBIN (apt-get install postgresql postgresql-contrib)"
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || die "wrk is needed: apt-get install wrk"
  say "installing wrk…"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } >&2 || die "could not install wrk"
fi

# --- PostgreSQL (the approach of ./newshub: a throwaway cluster on loopback) ---------------------
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { local port=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done; echo "$port"; }
start_cluster() {
  local dir=$1 port
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/password"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir/password"
    as_pg "$PGBIN/initdb" -D "$dir/data" -U postgres --pwfile="$dir/password" --auth-local=peer --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  fi
  as_pg truncate -s 0 "$dir/postgres.log" 2>/dev/null || true
  port=$(free_port 56432)
  # Throwaway data: durability off. Memory settings of a small dedicated server.
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 -o "-c listen_addresses=127.0.0.1 -p $port -k $dir \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB -c effective_cache_size=4GB \
    -c maintenance_work_mem=512MB -c max_wal_size=8GB -c max_connections=200 -c log_min_duration_statement=${SLOW_MS:-100} \
    -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" start >/dev/null \
    || { tail -n 20 "$dir/postgres.log" >&2; die "PostgreSQL did not start"; }
  echo "$port"
}
stop_cluster() { [ -f "$1/data/PG_VERSION" ] && as_pg "$PGBIN/pg_ctl" -D "$1/data" -m fast -w stop >/dev/null 2>&1 || true; }

WORK=$(mktemp -d /tmp/newshub-bench.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  [ -n "${PGDIR:-}" ] && stop_cluster "$PGDIR"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build --------------------------------------------------------------------------------------
say "building Release…"
dotnet build "$PROJECT/NewsHub.Web.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2 || die "build failed"
! want extraction || dotnet build "$BENCH/ExtractionBench/ExtractionBench.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2 || die "bench build failed"

STAMP=$(date -u +%Y-%m-%d-%H%M)
OUT="$BENCH/results/$STAMP-$ARTICLES"
mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"
printf 'kind\tname\tpath\trequests_per_s\tp50_ms\tp99_ms\terrors\tload\tcpu_ms_per_request\n' >"$RESULTS"
FACTS="$OUT/facts.tsv"
: >"$FACTS"
fact() { printf '%s\t%s\n' "$1" "$2" >>"$FACTS"; }
{
  echo "date_utc: $(date -u '+%Y-%m-%d %H:%M')"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -m | awk '/Mem:/ {print $2 " MB total, " $7 " MB available"}')"
  echo "kernel: $(uname -r)"
  echo "dotnet: $(dotnet --version)"
  echo "postgres: $("$PGBIN/postgres" --version)"
  echo "wrk: $(wrk --version 2>&1 | head -n 1)"
  echo "load_at_start: $(load)"
  echo "git: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
} >"$OUT/machine.txt"

PGDIR=${KEEP_PG:-$WORK/pg}
PGPORT=$(start_cluster "$PGDIR")
export PGPASSWORD; PGPASSWORD=$(cat "$PGDIR/password")
export ConnectionStrings__NewsHub="Host=127.0.0.1;Port=$PGPORT;Database=newshub;Username=postgres;Password=$PGPASSWORD"
export NewsHub__Sources__RegisterDefaults=false NewsHub__Sources__RegisterDemo=false
sql() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d newshub -v ON_ERROR_STOP=1 -qAt "$@"; }
[ "$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -qAtc "SELECT count(*) FROM pg_database WHERE datname = 'newshub'")" = 1 ] ||
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -qc "CREATE DATABASE newshub" >/dev/null

# --- seed ---------------------------------------------------------------------------------------
dotnet "$DLL" migrate >"$OUT/seed.log" 2>&1 || { cat "$OUT/seed.log" >&2; die "migration failed"; }
# A kept cluster: drop the previous run's bench sources (their articles go with them), seed only what is missing.
sql -c "DELETE FROM sources WHERE slug LIKE 'bench-%'" >/dev/null
HAVE=$(sql -c "SELECT count(*) FROM articles")
TO_SEED=$((ARTICLES > HAVE ? ARTICLES - HAVE : 0))
say "seeding $TO_SEED synthetic articles ($HAVE already stored; load $(load))…"
t0=$(now)
[ "$TO_SEED" = 0 ] || dotnet "$DLL" seed-synthetic --articles "$TO_SEED" 2>>"$OUT/seed.log" | tee -a "$OUT/seed.log" >&2
t1=$(now)
fact seeded "$TO_SEED"
fact seed_seconds "$(echo "$t1 - $t0" | bc)"
fact seed_load "$(load)"
fact database_size "$(sql -c "SELECT pg_size_pretty(pg_database_size('newshub'))")"
fact articles "$(sql -c "SELECT count(*) FROM articles")"

# --- search latency (database) + EXPLAIN --------------------------------------------------------
# queries.txt: one search a line, "text" or "text | region=…&country=…&source=…&from=…&to=…&sort=date" (URL form).
mapfile -t QUERIES < <(grep -v '^#' "$BENCH/queries.txt" | sed '/^\s*$/d')
qtext() { local t=${1%%|*}; t=${t%"${t##*[![:space:]]}"}; printf '%s' "$t"; }
qfilters() { if [[ $1 == *"|"* ]]; then local f=${1#*|}; printf '%s' "${f#"${f%%[![:space:]]*}"}"; fi; }
qparam() { python3 -c 'import sys, urllib.parse; print(urllib.parse.parse_qs(sys.argv[1]).get(sys.argv[2], [""])[0])' "$1" "$2"; }
# One search as ArticleSearch runs it: the window loop (ArticleSearch.FirstWindowDays, WindowGrowth; the last window's
# rows carry their rank), then the snippets of the page; prints
# every statement's EXPLAIN (ANALYZE, BUFFERS) and, on the last line, the database time of the search in ms: planning
# plus execution, summed over its statements (each statement is planned for its values, so planning is part of it).
lit() { if [ -z "$1" ]; then echo NULL; else printf "'%s'" "${1//\'/\'\'}"; fi; }
ms_of() { awk '/(Planning|Execution) Time/ {s += $3} END {printf "%.3f", s}'; }
search_db() {
  local line=$1 q f source sort days oldest newest lower="" ids n=0 page="" total_ms=0 plan anchor date_from date_to first_month last_month bitmap=off
  q=$(qtext "$line"); f=$(qfilters "$line"); sort=$(qparam "$f" sort); source=$(qparam "$f" source)
  date_from=$(qparam "$f" from); [ -z "$date_from" ] || date_from="$date_from 00:00+00"
  date_to=$(qparam "$f" to); [ -z "$date_to" ] || date_to=$(sql -c "SELECT (date $(lit "$date_to") + 1)::text || ' 00:00+00'")
  anchor=$(sql -c "SELECT least(now(), coalesce($(lit "$date_to")::timestamptz, now()))")
  # The fragments of ArticleSearch.NewestMatchesSql, values as literals.
  local rank="0::double precision" conds=""
  if [ -n "$q" ] && [ "$sort" != date ]; then
    rank="ts_rank_cd(a.search_vector, websearch_to_tsquery('english', newshub_unaccent($(lit "$q"))), 32) / (1 + extract(epoch FROM (now() - a.published_at)) / 2592000.0)"
  fi
  # The month-bucketed text index's condition is added per window (its months); the exact match stays.
  [ -z "$q" ] || conds+=" AND a.search_vector @@ websearch_to_tsquery('english', newshub_unaccent($(lit "$q")))"
  [ -z "$(qparam "$f" region)" ] || conds+=" AND EXISTS (SELECT 1 FROM article_regions t WHERE t.article_id = a.id AND t.region_slug = $(lit "$(qparam "$f" region)") AND NOT t.suppressed)"
  [ -z "$(qparam "$f" country)" ] || conds+=" AND EXISTS (SELECT 1 FROM article_countries t WHERE t.article_id = a.id AND t.country_code = $(lit "$(qparam "$f" country)") AND NOT t.suppressed)"
  [ -z "$source" ] || conds+=" AND a.source_id = $(sql -c "SELECT id FROM sources WHERE slug = $(lit "$source")")"
  [ -z "$date_from" ] || conds+=" AND a.published_at >= $(lit "$date_from")"
  [ -z "$date_to" ] || conds+=" AND a.published_at < $(lit "$date_to")"
  # As ArticleSearch: the oldest and newest articles bound the windows and the months their buckets cover.
  IFS='|' read -r oldest newest < <(sql -c "SELECT min(published_at), max(published_at) FROM articles")
  plan=$(sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT min(published_at), max(published_at) FROM articles")
  printf -- '-- oldest and newest article\n%s\n' "$plan"
  total_ms=$(echo "$total_ms + $(echo "$plan" | ms_of)" | bc)
  last_month=$(sql -c "SELECT coalesce($(lit "$date_to")::timestamptz - interval '1 microsecond', greatest(now(), '$newest'::timestamptz))")
  days=2
  while :; do
    lower=$(sql -c "SELECT CASE WHEN $days > 36500 OR w <= coalesce($(lit "$date_from")::timestamptz, '-infinity') OR w <= '$oldest'::timestamptz
                                THEN '' ELSE w::text END FROM (SELECT '$anchor'::timestamptz - $days * interval '1 day' AS w) x")
    first_month=$(sql -c "SELECT coalesce($(lit "$lower")::timestamptz, greatest($(lit "$date_from")::timestamptz, '$oldest'::timestamptz))")
    local window="$conds" column=a.published_at
    # As ArticleSearch: a wide window's lower bound hidden from the published_at index when the text index is used.
    [ -z "$q" ] || [ "$bitmap" = off ] || [ "$(echo "$days <= 31" | bc)" = 1 ] || column="a.published_at + interval '0 seconds'"
    [ -z "$lower" ] || window+=" AND $column >= $(lit "$lower")"
    [ -z "$q" ] || [ "$bitmap" = off ] || window+=" AND newshub_search_buckets(a.search_vector, a.published_at) @@ ANY(newshub_search_buckets_queries(websearch_to_tsquery('english', newshub_unaccent($(lit "$q"))), '$first_month', '$last_month'))"
    local vars=(-v rank="$rank" -v conditions="$window" -v bitmap="$bitmap" -v limit=1001 -v step_newest=true -v step_headline=false -v step_words=false)
    ids=$(sql "${vars[@]}" -v explain= -f "$BENCH/search-explain.sql")
    plan=$(sql "${vars[@]}" -v explain='EXPLAIN (ANALYZE, BUFFERS)' -f "$BENCH/search-explain.sql")
    n=$(printf '%s' "$ids" | grep -c . || true)
    printf -- '-- newest matches, window %s days (from %s; buckets %s to %s), text-index bitmap %s: %s rows\n%s\n' "$days" "${lower:-the start}" "${first_month:0:7}" "${last_month:0:7}" "$bitmap" "$n" "$plan"
    total_ms=$(echo "$total_ms + $(echo "$plan" | ms_of)" | bc)
    if [ "$n" -gt 1000 ] || [ -z "$lower" ]; then break; fi
    [ "$n" -ge 250 ] || bitmap=on
    days=$(awk -v d="$days" -v n="$n" 'BEGIN { g = n == 0 ? 64 : 1.25 * 1001 / n; if (g < 2) g = 2; if (g > 256) g = 256; printf "%.6f", d * g }')
  done
  if [ "$n" -gt 0 ] && [ "$rank" != "0::double precision" ]; then
    # Relevance: the newest 1,000 by rank, then id, as ArticleSearch orders them.
    page=$(printf '%s\n' "$ids" | head -n 1000 | sort -t'|' -k2,2gr -k1,1nr | head -n 20 | cut -d'|' -f1)
  elif [ "$n" -gt 0 ]; then
    page=$(printf '%s\n' "$ids" | head -n 20 | cut -d'|' -f1)
  fi
  if [ -n "$page" ] && [ -n "$q" ]; then
    local page_ids lexemes words
    page_ids="{$(printf '%s' "$page" | paste -sd,)}"
    plan=$(sql -v q="$q" -v ids="$page_ids" -v explain='EXPLAIN (ANALYZE, BUFFERS)' -v step_newest=false -v step_headline=true -v step_words=false -f "$BENCH/search-explain.sql")
    printf -- '-- snippets for the page: texts and lexemes\n%s\n' "$plan"
    total_ms=$(echo "$total_ms + $(echo "$plan" | ms_of)" | bc)
    # The candidate words as SearchSnippet picks them (untimed), then the statement that reduces them.
    lexemes=$(sql -c "SELECT coalesce(array_agg(DISTINCT replace(m[1], '''''', '''')), '{}') FROM regexp_matches(querytree(websearch_to_tsquery('english', newshub_unaccent($(lit "$q")))), '''((?:[^'']|'''')*)''', 'g') AS m")
    words=$(sql -c "SELECT coalesce(array_agg(DISTINCT w), '{}') FROM articles a, regexp_split_to_table(lower(left(coalesce(nullif(a.body_text, ''), a.summary, a.title), 20000)), '[[:space:][:punct:]]+') AS w
                    WHERE a.id = ANY('$page_ids') AND w <> '' AND (newshub_unaccent(w) ~ '[^\x01-\x7f]'
                      OR EXISTS (SELECT 1 FROM unnest('$lexemes'::text[]) l WHERE starts_with(newshub_unaccent(w), CASE WHEN length(l) <= 2 THEN left(l, 1) ELSE left(l, -2) END)))")
    if [ "$words" != "{}" ]; then
      plan=$(sql -v words="$words" -v lexemes="$lexemes" -v explain='EXPLAIN (ANALYZE, BUFFERS)' -v step_newest=false -v step_headline=false -v step_words=true -f "$BENCH/search-explain.sql")
      printf -- '-- snippets for the page: which candidate words match\n%s\n' "$plan"
      total_ms=$(echo "$total_ms + $(echo "$plan" | ms_of)" | bc)
    fi
  fi
  echo "total_ms $total_ms"
}
if want search; then
say "EXPLAIN (ANALYZE, BUFFERS) for ${#QUERIES[@]} queries…"
: >"$OUT/explain.txt"; : >"$WORK/db_ms"
for round in 1 2; do
  for q in "${QUERIES[@]}"; do
    text=$(search_db "$q")
    # Round 1 warms the cache; round 2 is saved and counted.
    if [ $round = 2 ]; then
      # The id arrays of the ranking and snippet statements are long: shown as their first ids and a count.
      printf '==== %s\n%s\n\n' "$q" "$text" | sed -E 's/\{(([0-9]+,){4})([0-9]+,)+([0-9]+)\}/{\1…}/g' >>"$OUT/explain.txt"
      echo "$text" | awk '/^total_ms/ {print $2}' >>"$WORK/db_ms"
    fi
  done
done
fact search_db_load "$(load)"
python3 - "$WORK/db_ms" >>"$FACTS" <<'PY'
import sys
v = sorted(float(x) for x in open(sys.argv[1]) if x.strip())
pick = lambda p: v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]
print(f"search_db_ms_p50\t{pick(50):.1f}\nsearch_db_ms_p95\t{pick(95):.1f}\nsearch_db_ms_p99\t{pick(99):.1f}\nsearch_db_ms_max\t{v[-1]:.1f}")
PY
fi

# --- serve NewsHub --------------------------------------------------------------------------------
# A random start port: two benchmark runs at once must not find (and measure) each other's server.
WEBPORT=$(free_port $((30000 + RANDOM % 20000)))
BASE="http://127.0.0.1:$WEBPORT"
say "starting NewsHub (Release, web role) on $BASE…"
(cd "$PROJECT" && exec dotnet "$DLL" run --role web --urls "$BASE" --NewsHub:HttpsRedirection=false \
  --Serilog:MinimumLevel:Default=Warning --Serilog:MinimumLevel:Override:NewsHub.Web.Hosting.RequestLoggingMiddleware=Warning) >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
PIDS+=("$SERVER_PID")
for _ in $(seq 1 120); do kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; die "NewsHub exited"; }; curl -fs "$BASE/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$BASE/readyz" >/dev/null || { tail -n 30 "$WORK/server.log" >&2; die "NewsHub did not become ready"; }
kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$WORK/server.log" >&2; die "NewsHub exited (was port $WEBPORT taken meanwhile?)"; }

urlq() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }
ARTICLE=$(sql -c "SELECT '/article/' || id || '/' || slug FROM articles ORDER BY published_at DESC LIMIT 1")
sql -c "SELECT '/article/' || id || '/' || slug FROM articles WHERE id % greatest(1, (SELECT count(*) FROM articles) / 5000) = 0 LIMIT 5000" >"$WORK/articles.paths"
sql -c "SELECT '/region/' || slug FROM regions ORDER BY sort_order" >"$WORK/regions.paths"
for q in "${QUERIES[@]}"; do f=$(qfilters "$q"); echo "/search?q=$(urlq "$(qtext "$q")")${f:+&$f}"; done >"$WORK/search.paths"
echo "/" >"$WORK/home.paths"

# --- search latency (end to end, uncached, one at a time) ----------------------------------------
if want search; then
say "search latency over ${#QUERIES[@]} queries × $SEARCH_ROUNDS…"
# The first search after start-up pays for JIT compilation and EF Core's model and query caches (seconds on this
# machine): recorded apart, then one untimed round warms every query shape, as the database side does.
fact search_http_first_ms "$(curl -s -o /dev/null -w '%{time_total}' "$BASE$(head -n 1 "$WORK/search.paths")&b=first$RANDOM" | awk '{printf "%.1f", $1 * 1000}')"
while read -r p; do curl -s -o /dev/null "$BASE$p&b=warm$RANDOM"; done <"$WORK/search.paths"
: >"$WORK/http_ms"
for round in $(seq 1 "$SEARCH_ROUNDS"); do
  while read -r p; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$p&b=$round$RANDOM" >>"$WORK/http_ms"
  done <"$WORK/search.paths"
done
fact search_http_load "$(load)"
python3 - "$WORK/http_ms" >>"$FACTS" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
bad = sum(1 for c, _ in rows if c != "200")
v = sorted(float(t) * 1000 for _, t in rows)
pick = lambda p: v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]
print(f"search_http_ms_p50\t{pick(50):.1f}\nsearch_http_ms_p95\t{pick(95):.1f}\nsearch_http_ms_p99\t{pick(99):.1f}\nsearch_http_non200\t{bad}\nsearch_http_requests\t{len(v)}")
PY
fi

# --- load: wrk at fixed concurrency ---------------------------------------------------------------
# CPU seconds (×100 ticks) used so far by NewsHub and by PostgreSQL (live backends plus exited, waited-for ones):
# what a request costs, whatever else the machine is doing.
ticks() {
  local pm total=0 p
  total=$(awk '{print $14 + $15}' "/proc/$SERVER_PID/stat")
  pm=$(head -n 1 "$PGDIR/data/postmaster.pid")
  total=$((total + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")))
  for p in $(ps -o pid= --ppid "$pm"); do total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$total"
}

# Every request says what a browser says: it takes compressed pages (HTML is then cached compressed; /plaintext is
# never compressed, so the ceiling stays the same trivial response).
ACCEPT_ENCODING="Accept-Encoding: br, gzip"
# A reader registered through the sign-up form, as a browser would: the Cookie header of the signed-in session.
# Signed-in readers' pages are never output-cached: what every request of theirs costs.
reader_cookie() {
  local jar="$WORK/reader.jar" token
  token=$(curl -s -c "$jar" "$BASE/account/register" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Email=bench-reader-$RANDOM@bench.test" \
    --data-urlencode "DisplayName=Bench reader" --data-urlencode "Password=bench reader password 42" \
    --data-urlencode "ConfirmPassword=bench reader password 42" "$BASE/account/register"
  awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

run_wrk() { # kind name path-or-file [bust]; kind "signed-in" sends the reader's cookie
  local kind=$1 name=$2 target=$3 mode=${4:-} l out t0 t1 cookie=()
  [ "$kind" = signed-in ] && cookie=(-H "Cookie: $READER_COOKIE")
  l=$(load)
  t0=$(ticks)
  if [ -f "$target" ]; then
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$ACCEPT_ENCODING" "${cookie[@]}" -s "$BENCH/paths.lua" "$BASE" -- "$target" "$mode" 2>&1)
    target="$(basename "$target" .paths)${mode:+ ($mode)}"
  else
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$ACCEPT_ENCODING" "$BASE$target" 2>&1)
  fi
  t1=$(ticks)
  printf '==== %s %s\n%s\n\n' "$name" "$target" "$out" >>"$OUT/wrk.txt"
  WRK_OUT="$out" CPU_TICKS=$((t1 - t0)) CLK_TCK=$(getconf CLK_TCK) python3 - "$kind" "$name" "$target" "$l" >>"$RESULTS" <<'PY'
import os, re, sys
out = os.environ["WRK_OUT"]
def ms(s):
    m = re.match(r"([\d.]+)(us|ms|s)", s); v = float(m.group(1))
    return v / 1000 if m.group(2) == "us" else v * 1000 if m.group(2) == "s" else v
rps = re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)
p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)); p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
errs = sum(int(x) for x in re.findall(r"Non-2xx or 3xx responses: (\d+)", out)) + sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
requests = int(re.search(r"(\d+) requests in", out).group(1))
cpu_ms = int(os.environ["CPU_TICKS"]) * 1000 / int(os.environ["CLK_TCK"]) / max(requests, 1)
print("\t".join([sys.argv[1], sys.argv[2], sys.argv[3], rps, f"{p50:.2f}", f"{p99:.2f}", str(errs), sys.argv[4], f"{cpu_ms:.3f}"]))
PY
  say "$name: $(tail -n 1 "$RESULTS" | cut -f4) req/s (load $l)"
}

if want pages; then
  for p in / /region/central-asia "$ARTICLE" "/search?q=Kazakhstan"; do curl -s -o /dev/null "$BASE$p"; done
  run_wrk ceiling plaintext /plaintext
  run_wrk cached home /
  run_wrk cached region /region/central-asia
  run_wrk cached article "$ARTICLE"
  run_wrk cached search "/search?q=Kazakhstan"
  run_wrk uncached home "$WORK/home.paths" bust
  run_wrk uncached region "$WORK/regions.paths" bust
  run_wrk uncached article "$WORK/articles.paths" bust
  run_wrk uncached search "$WORK/search.paths" bust
  READER_COOKIE=$(reader_cookie)
  [[ "$(curl -s "$BASE/" -H "Cookie: $READER_COOKIE")" == *"Sign out"* ]] || die "the bench reader is not signed in"
  run_wrk signed-in home "$WORK/home.paths"
  run_wrk signed-in region "$WORK/regions.paths"
  run_wrk signed-in article "$WORK/articles.paths"
  run_wrk ceiling plaintext-again /plaintext
fi
fact server_vmhwm "$(awk '/VmHWM/ {print $2 " " $3}' "/proc/$SERVER_PID/status")"
fact server_vmrss_end "$(awk '/VmRSS/ {print $2 " " $3}' "/proc/$SERVER_PID/status")"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true

# --- ingestion end to end, from a synthetic loopback site -----------------------------------------
if want ingestion; then
  say "generating a synthetic site ($FEED_ITEMS feed items, $SITE_PAGES article pages, $SHARDS shards)…"
  python3 "$BENCH/synthetic_site.py" "$WORK/site" --feed-items "$FEED_ITEMS" --articles "$SITE_PAGES" --shards "$SHARDS" >&2
  SITEPORT=$(free_port $((30000 + RANDOM % 20000)))
  # A tiny in-memory keep-alive server (python's http.server answered each slash-less article URL with a 301 and
  # closed every connection, on the cores being measured). Its CPU is recorded apart, not in the scraper's figures.
  python3 "$BENCH/site_server.py" "$WORK/site" "$SITEPORT" >"$WORK/site.log" 2>&1 &
  SITE_PID=$!
  PIDS+=("$SITE_PID")
  for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$SITEPORT/robots.txt" >/dev/null 2>&1 && break; sleep 0.2; done
  pages=$(( (SITE_PAGES / SHARDS + 49) / 50 + 1 ))
  # Loopback benchmark: no politeness pause and up to 8 requests at once to the one (own) host, no per-pass cap, feeds
  # larger than the 5 MB default, workers poll every second.
  export NewsHub__Fetching__PerHostDelay=00:00:00 NewsHub__Fetching__MaxConcurrentPerHost=8 NewsHub__Ingestion__MaxArticlesPerPass=10000 \
    NewsHub__Fetching__MaxBytes=104857600 NewsHub__Ingestion__PollInterval=00:00:01
  ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
  pg_ticks() { local pm t p; pm=$(head -n 1 "$PGDIR/data/postmaster.pid"); t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")
    for p in $(ps -o pid= --ppid "$pm"); do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
  for name in feed listing; do
    # The scraper starts first, with nothing due: its start-up (runtime, JIT of the host, options, the first polls) is
    # measured on its own, then the sources are made due and everything after that is the per-article cost.
    # SCRAPER_ENV="NAME=value …" runs the scraper with extra environment (runtime knobs such as DOTNET_gcServer=0).
    env ${SCRAPER_ENV:-} dotnet "$DLL" run --role scraper --Serilog:MinimumLevel:Default=Warning >"$OUT/scrape-$name.log" 2>&1 &
    SCRAPER_PID=$!
    PIDS+=("$SCRAPER_PID")
    t0=$(now); prev=-1
    for _ in $(seq 1 60); do
      sleep 1
      kill -0 "$SCRAPER_PID" 2>/dev/null || { tail -n 30 "$OUT/scrape-$name.log" >&2; die "the scraper exited"; }
      cur=$(ticks "$SCRAPER_PID"); [ $((cur - prev)) -le 2 ] && break; prev=$cur   # (nearly) idle for a second: started
    done
    startup_ticks=$(ticks "$SCRAPER_PID")
    fact "ingest_${name}_startup_cpu_ms" "$(echo "$startup_ticks * 1000 / $(getconf CLK_TCK)" | bc)"
    fact "ingest_${name}_startup_s" "$(echo "scale=1; ($(now) - $t0) / 1" | bc)"
    # One source per shard, all due now; the scraper role's workers (NewsHub:Ingestion:Workers, default 4) take them in parallel.
    for shard in $(seq 0 $((SHARDS - 1))); do
      if [ $name = feed ]; then kind=Feed; url="http://127.0.0.1:$SITEPORT/feed-$shard.xml"; limit=1
      else kind=Listing; url="http://127.0.0.1:$SITEPORT/list-$shard/"; limit=$pages; fi
      sql -c "INSERT INTO sources (name, slug, kind, url, enabled, poll_interval_minutes, page_limit, pre_moderate_comments, consecutive_errors, next_attempt_at, created_at, selectors, language)
        VALUES ('Bench $name $shard', 'bench-$name-$shard', '$kind', '$url', true, 600, $limit, false, 0, now(), now(), '{}', 'en')" >/dev/null
    done
    l=$(load)
    say "ingesting $SHARDS $name source(s) with the scraper role (load $l)…"
    # CPU of the scraper process and of PostgreSQL over the case after start-up: what an article costs whatever else
    # the shared machine is doing. The site server's CPU is recorded apart (like wrk, it is not NewsHub's).
    sql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null 2>&1 && sql -c "SELECT pg_stat_statements_reset()" >/dev/null || true
    pg0=$(pg_ticks); site0=$(ticks "$SITE_PID")
    for _ in $(seq 1 1800); do
      [ "$(sql -c "SELECT count(*) FROM ingestion_runs r JOIN sources s ON s.id = r.source_id WHERE s.slug LIKE 'bench-$name-%'")" -ge "$SHARDS" ] && break
      kill -0 "$SCRAPER_PID" 2>/dev/null || { tail -n 30 "$OUT/scrape-$name.log" >&2; die "the scraper exited"; }
      sleep 1
    done
    scraper_ticks=$(( $(ticks "$SCRAPER_PID") - startup_ticks ))
    pg1=$(pg_ticks); site1=$(ticks "$SITE_PID")
    kill "$SCRAPER_PID"; wait "$SCRAPER_PID" 2>/dev/null || true
    # Where PostgreSQL's time went during the case (total execution ms per statement, per new article).
    sql -c "SELECT round(total_exec_time::numeric, 0) || ' ms total, ' || calls || ' calls, ' || round((total_exec_time / greatest(calls, 1))::numeric, 3) || ' ms/call: '
              || regexp_replace(left(query, 300), '\s+', ' ', 'g') FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25" >"$OUT/pg-statements-$name.txt" 2>/dev/null || true
    sql -F' ' -c "SELECT sum(new), sum(failed), round(extract(epoch FROM max(finished_at) - min(started_at)) * 1000), round(avg(new * 1000.0 / greatest(duration_ms, 1)), 1)
                  FROM ingestion_runs r JOIN sources s ON s.id = r.source_id WHERE s.slug LIKE 'bench-$name-%'" >"$WORK/ingest.row"
    read -r new failed ms per_source <"$WORK/ingest.row"
    sql -c "SELECT s.slug || ': ' || r.new || ' new, ' || r.failed || ' failed, ' || r.duration_ms || ' ms ' || coalesce(r.errors[1], '')
            FROM ingestion_runs r JOIN sources s ON s.id = r.source_id WHERE s.slug LIKE 'bench-$name-%' ORDER BY s.slug" >>"$OUT/ingestion-runs.txt"
    fact "ingest_${name}_new" "$new"
    fact "ingest_${name}_failed" "$failed"
    fact "ingest_${name}_ms" "$ms"
    fact "ingest_${name}_per_s" "$(echo "scale=1; $new * 1000 / $ms" | bc)"
    fact "ingest_${name}_per_source_per_s" "$per_source"
    fact "ingest_${name}_load" "$l"
    fact "ingest_${name}_cpu_ms_per_article" "$(echo "scale=2; ($scraper_ticks + $pg1 - $pg0) * 1000 / $(getconf CLK_TCK) / $new" | bc)"
    fact "ingest_${name}_scraper_cpu_ms_per_article" "$(echo "scale=2; $scraper_ticks * 1000 / $(getconf CLK_TCK) / $new" | bc)"
    fact "ingest_${name}_site_cpu_ms_per_article" "$(echo "scale=2; ($site1 - $site0) * 1000 / $(getconf CLK_TCK) / $new" | bc)"
  done
  unset NewsHub__Fetching__PerHostDelay NewsHub__Fetching__MaxConcurrentPerHost NewsHub__Ingestion__MaxArticlesPerPass NewsHub__Fetching__MaxBytes NewsHub__Ingestion__PollInterval
  fact ingest_clusters "$(sql -c "SELECT count(DISTINCT a.story_cluster_id) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.slug LIKE 'bench-%'")"
fi
if want extraction; then
  [ -d "$WORK/site" ] || python3 "$BENCH/synthetic_site.py" "$WORK/site" --feed-items 10 --articles "$SITE_PAGES" --shards "$SHARDS" >&2
  say "extraction alone…"
  { echo "demo pages:"; dotnet "$XBENCH" "$PROJECT/DemoSite" --seconds 5; echo "synthetic pages:"; dotnet "$XBENCH" "$WORK/site/2026" --seconds 5; } >"$OUT/extraction.txt"
  fact extraction_load "$(load)"
fi
echo "load_at_end: $(load)" >>"$OUT/machine.txt"
# Statements slower than ${SLOW_MS:-100} ms (seeding's bulk statements included), for finding what to fix.
grep -a -A3 'duration:' "$PGDIR/postgres.log" | cut -c1-600 >"$OUT/slow-statements.txt" || true

python3 "$BENCH/summarize.py" "$OUT" >"$OUT/summary.md"
say "results: ${OUT#$ROOT/}/summary.md"
cat "$OUT/summary.md"
