#!/usr/bin/env bash
# Years of content: fills a store with `generate --summits 10 --articles 10000 --texts 1000`, starts the portal on it with
# the output cache off, and prints each page's latency (one connection, so p50 is the time one page costs), beside the same
# pages on the small real content, and the start-up time to the first 200 on /. A benchmark: it prints figures and exits 0.
#
#   bash bench/large.sh          # about 5 minutes on two cores
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
seconds=${BENCH_SECONDS:-3}
if ! command -v wrk >/dev/null 2>&1 || ! command -v curl >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then echo "Missing: wrk or curl (sudo apt-get install wrk curl)" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk curl >/dev/null
fi

work=$(mktemp -d)
trap 'kill ${portal:-} 2>/dev/null || true; rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "Publishing the portal in Release…" >&2
dotnet publish src/AesSummit.Web -c Release -o "$work/app" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')

portal_env() { # store folder: sets envs, the portal's settings for that store
  envs=(ConnectionStrings__Summit="Data Source=$1/summit.db" Files__Path="$1/files" Content__Path="$repo/content"
    Site__PublicUrl="http://127.0.0.1:$port" Caching__Enabled=false Serilog__MinimumLevel__Default=Warning
    Serilog__WriteTo__File__Args__path="$work/logs/portal-.json" ASPNETCORE_URLS="http://127.0.0.1:$port")
}

start() { # store folder; sets portal (its pid) and started_ms (the milliseconds from launch to the first 200 on /)
  local began
  began=$(date +%s%N)
  portal_env "$1"
  (cd "$work/app" && exec env "${envs[@]}" dotnet AesSummit.Web.dll >"$work/portal.log" 2>&1) &
  portal=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; do
    kill -0 "$portal" 2>/dev/null || { cat "$work/portal.log" >&2; exit 1; }
    sleep 0.05
  done
  started_ms=$(( ($(date +%s%N) - began) / 1000000 ))
}
stop() { kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true; unset portal; }

# Every page once round, twice, before anything is measured: the home page alone takes about ten seconds of requests to reach
# the JIT's optimised code (5.2 ms a page in its first seconds, 2.4 ms after).
warm_up() { # paths…
  for round in 1 2; do
    for path in "$@"; do wrk -t1 -c1 -d2s "http://127.0.0.1:$port$path" >/dev/null 2>&1; done
  done
}

latency() { # path: p50 and p99 in ms at one connection, after a second's warm-up of its own
  wrk -t1 -c1 -d1s "http://127.0.0.1:$port$1" >/dev/null 2>&1
  local out
  out=$(wrk -t1 -c1 -d"${seconds}s" --latency "http://127.0.0.1:$port$1" 2>&1)
  local bad; bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  awk -v bad="${bad:-0}" '
    function ms(v) { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; return n }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    END { printf "%.2f %.2f %s", p50, p99, bad }' <<<"$out"
}

echo "Generating 10 summits, 10 000 articles, 1 000 texts…" >&2
mkdir -p "$work/large" "$work/small"
portal_env "$work/large"
generated=$(cd "$work/app" && env "${envs[@]}" dotnet AesSummit.Web.dll generate --summits 10 --articles 10000 --texts 1000)
echo "$generated" >&2

start "$work/small"
small_start=$started_ms
article_small=$(curl -fsS "http://127.0.0.1:$port/journal" | grep -o 'href="/journal/[a-z0-9-]*"' | grep -v 'rss\|atom' | head -n1 | sed 's/href="//; s/"$//' || true)
[ -n "$article_small" ] || { echo "No article link on /journal" >&2; exit 1; }
pages_small=(/ /journal "/journal?page=2" "/journal?pilier=diplomatie" "$article_small" /textes /textes "/recherche?q=banque+confederale" /sitemap.xml /sitemap.xml /sitemap.xml /journal/rss.xml /journal/atom.xml)
warm_up "${pages_small[@]}"
declare -A small
for page in "${pages_small[@]}"; do small[$page]=$(latency "$page"); done
stop

start "$work/large"
large_start=$started_ms
# The large store's sitemap is an index of parts (500 URLs each): its first and its last part are measured too.
parts=$(curl -fsS "http://127.0.0.1:$port/sitemap.xml" | grep -o '<sitemap>' | wc -l)
[ "$parts" -gt 1 ] || { echo "The large store's sitemap is not an index of parts" >&2; exit 1; }
pages_large=(/ /journal "/journal?page=1000" "/journal?pilier=diplomatie" /journal/depeche-fictive-5000 /textes "/textes?page=40" "/recherche?q=banque+confederale" /sitemap.xml /sitemap-1.xml "/sitemap-$parts.xml" /journal/rss.xml /journal/atom.xml)
warm_up "${pages_large[@]}"
printf '\n%-34s %16s %16s %16s\n' "page (output cache off)" "real content" "large store" "large p99 ms"
for i in "${!pages_large[@]}"; do
  read -r lp50 lp99 lbad <<<"$(latency "${pages_large[$i]}")"
  read -r sp50 _ sbad <<<"${small[${pages_small[$i]}]}"
  printf '%-34s %13s ms %13s ms %16s%s\n' "${pages_large[$i]}" "$sp50" "$lp50" "$lp99" "$([ "${lbad:-0}${sbad:-0}" = 00 ] || echo "  (non-2xx: $sbad / $lbad)")"
done
rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$portal/status")
stop
echo
echo "Start-up to the first 200 on /: ${small_start} ms on the real content, ${large_start} ms on the large store."
echo "Resident memory on the large store after the run: ${rss} MB."
echo "Machine: $(nproc) cores, $(date -u +%Y-%m-%d); wrk -t1 -c1, ${seconds} s a page. Pairs: the small store's page 2 and first article stand for the last page and an article; its whole sitemap for each part."
