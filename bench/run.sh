#!/usr/bin/env bash
# The portal beside nginx serving the very same bytes, measured with wrk in the same run, alternating the two.
# A benchmark, not a test: it prints figures (requests per second, latency, errors, the portal's peak memory) and exits 0.
#
#   bash bench/run.sh            # about 4 minutes on two cores
#   BENCH_SECONDS=10 bash bench/run.sh
#
# Needs the .NET SDK; installs Debian's nginx and wrk (as root) when they are missing. Everything listens on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${BENCH_SECONDS:-5}

need=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "Missing: ${need[*]} (sudo apt-get install ${need[*]})" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
cleanup() {
  [ -n "${portal:-}" ] && { kill "$portal" 2>/dev/null; wait "$portal" 2>/dev/null; } || true
  [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
portal_port=$(free_port)
nginx_port=$(free_port)

echo "Publishing the portal in Release…" >&2
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet publish src/AesSummit.Web -c Release -o "$work/app" >/dev/null

# The real content, plus a 10 MB specimen text for the download.
cp -r content "$work/content"
python3 - "$work/content/textes" <<'PY'
import os, sys
folder = sys.argv[1]
with open(os.path.join(folder, "banc-essai.pdf"), "wb") as f:
    f.write(b"%PDF-1.4\n% banc d'essai du portail\n")
    f.write(os.urandom(10 * 1024 * 1024))
    f.write(b"\n%%EOF\n")
with open(os.path.join(folder, "textes.yaml"), "a", encoding="utf-8") as f:
    f.write("""
  - slug: banc-essai
    reference: BANC/ESSAI/10MO
    title: Fichier de 10 Mo pour le banc d'essai
    kind: rapport
    adoptingBody: Banc d'essai
    adoptedOn: 2025-12-23
    language: fr
    summary: Texte de démonstration servant à mesurer les téléchargements.
    file: banc-essai.pdf
    sample: true
""")
PY

(
  cd "$work/app"
  ConnectionStrings__Summit="Data Source=$work/data/summit.db" \
  Files__Path="$work/data/files" \
  Content__Path="$work/content" \
  Site__PublicUrl="http://127.0.0.1:$portal_port" \
  Serilog__MinimumLevel__Default=Warning \
  Serilog__WriteTo__File__Args__path="$work/logs/portal-.json" \
  ASPNETCORE_URLS="http://127.0.0.1:$portal_port" \
  exec dotnet AesSummit.Web.dll >"$work/portal.log" 2>&1
) &
portal=$!
for attempt in $(seq 1 90); do
  curl -fsS -o /dev/null "http://127.0.0.1:$portal_port/" 2>/dev/null && break
  kill -0 "$portal" 2>/dev/null || { cat "$work/portal.log" >&2; exit 1; }
  [ "$attempt" -lt 90 ] || { cat "$work/portal.log" >&2; echo "The portal did not answer in 90 s" >&2; exit 1; }
  sleep 1
done

# The portal's resident memory (kB), sampled every 200 ms, one line a sample.
: >"$work/rss.log"
( while kill -0 "$portal" 2>/dev/null; do
    awk '/VmRSS/ {print $2}' "/proc/$portal/status" 2>/dev/null >>"$work/rss.log" || true
    sleep 0.2
  done ) &
sampler=$!
samples() { wc -l <"$work/rss.log"; }
peak_mb() { # peak resident memory in MB from sample $1 on (default: all)
  tail -n +"${1:-1}" "$work/rss.log" | sort -n | tail -n1 | awk '{printf "%d", $1/1024}'
}
rss_now() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$portal/status"; }
echo "Portal started; resident memory $(rss_now) MB" >&2

article=$(curl -fsS "http://127.0.0.1:$portal_port/journal" | grep -o 'href="/journal/[a-z0-9-]*"' | grep -v 'rss\|atom' | head -n1 | sed 's/href="//; s/"$//' || true)
[ -n "$article" ] || { echo "No article link on /journal" >&2; exit 1; }
pages=(/ /programme /journal "$article" /textes /journal/rss.xml)

# nginx serves what the portal answered, byte for byte, with a gzip copy beside each file (gzip_static).
mkdir -p "$work/static"
for page in "${pages[@]}"; do
  case "$page" in
    */*.*) file="$work/static$page" ;;
    *) file="$work/static${page%/}/index.html" ;;
  esac
  mkdir -p "$(dirname "$file")"
  curl -fsS -o "$file" "http://127.0.0.1:$portal_port$page"
  gzip -k -6 "$file"
done
download=/textes/banc-essai/telecharger
mkdir -p "$work/static/textes/banc-essai"
curl -fsS -o "$work/static/textes/banc-essai/telecharger" "http://127.0.0.1:$portal_port$download"
cat >"$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type application/octet-stream;
  types { text/html html; application/rss+xml xml; }
  client_body_temp_path $work/nginx-tmp;
  proxy_temp_path $work/nginx-tmp;
  fastcgi_temp_path $work/nginx-tmp;
  uwsgi_temp_path $work/nginx-tmp;
  scgi_temp_path $work/nginx-tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    gzip_static on;
    location / { try_files \$uri \$uri/index.html =404; }
  }
}
NGINX
mkdir -p "$work/nginx-tmp"
# nginx's workers run as an unprivileged user: let them read the copies.
chmod 755 "$work"
chmod -R a+rX "$work/static"
"$nginx_bin" -c "$work/nginx.conf" -p "$work"
for page in "${pages[@]}" "$download"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$nginx_port$page")
  [ "$code" = 200 ] || { echo "nginx answers $code for $page" >&2; cat "$work/nginx-error.log" >&2; exit 1; }
done

# Warm up both (the portal's JIT, both caches) before anything is measured, the download too (its code reaches its
# optimised tier only after a few hundred downloads: the first seconds measured 0.64 of nginx, the next 0.8 to 0.9).
for page in "${pages[@]}"; do
  for server in "$portal_port" "$nginx_port"; do
    wrk -t2 -c16 -d2s "http://127.0.0.1:$server$page" >/dev/null 2>&1
    wrk -t2 -c16 -d1s -H "Accept-Encoding: gzip" "http://127.0.0.1:$server$page" >/dev/null 2>&1
  done
done
for server in "$portal_port" "$nginx_port"; do
  wrk -t2 -c16 -d4s "http://127.0.0.1:$server$download" >/dev/null 2>&1
done

# One wrk run: requests/s, p50, p99 (ms), non-2xx/3xx and socket errors.
measure() { # url connections [header]
  local args=(-t2 -c"$2" -d"${seconds}s" --latency)
  [ -n "${3:-}" ] && args+=(-H "$3")
  local out
  out=$(wrk "${args[@]}" "$1" 2>&1)
  local rps p50 p99 bad errs
  rps=$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); bad=${bad:-0}
  errs=$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' <<<"$out"); errs=${errs:-0}
  echo "$rps $p50 $p99 $((bad + errs))"
}
ms() { # wrk latency (us, ms or s) in milliseconds
  awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'
}

printf '\n%-26s %-5s %10s %10s %6s %9s %9s %7s\n' "page" "mode" "portal r/s" "nginx r/s" "ratio" "p50 ms" "p99 ms" "errors"
run_pair() { # label mode url-path connections header
  local p n
  p=$(measure "http://127.0.0.1:$portal_port$3" "$4" "$5")
  n=$(measure "http://127.0.0.1:$nginx_port$3" "$4" "$5")
  read -r prps pp50 pp99 perr <<<"$p"
  read -r nrps _ _ nerr <<<"$n"
  printf '%-26s %-5s %10s %10s %6s %9s %9s %7s\n' "$1" "$2" "$prps" "$nrps" \
    "$(awk -v a="$prps" -v b="$nrps" 'BEGIN { if (b > 0) printf "%.2f", a/b; else print "-" }')" \
    "$(ms "$pp50")" "$(ms "$pp99")" "$perr/$nerr"
}
for page in "${pages[@]}"; do
  run_pair "$page" plain "$page" 64 ""
  run_pair "$page" gzip "$page" 64 "Accept-Encoding: gzip"
done
run_pair "/ (512 connections)" gzip / 512 "Accept-Encoding: gzip"
run_pair "10 MB download" plain "$download" 16 ""

# Journalists downloading together: 200 connections on the 10 MB text, then 200 asking one byte each, while a visitor
# opens the home page; the home page's latency and the portal's memory during each.
echo
printf '%-44s %12s %12s %14s %7s\n' "while…" "home p50 ms" "home p99 ms" "peak RSS MB" "errors"
crowd() { # label wrk-header-args…
  local label=$1; shift
  local from
  from=$(samples)
  wrk -t1 -c200 -d"$((seconds + 2))s" "$@" "http://127.0.0.1:$portal_port$download" >"$work/crowd.txt" 2>&1 &
  local crowd_pid=$!
  sleep 1
  read -r _ hp50 hp99 herr <<<"$(measure "http://127.0.0.1:$portal_port/" 8 "Accept-Encoding: gzip")"
  wait "$crowd_pid" || true
  local cerr
  cerr=$(awk '/Non-2xx/ {print $NF}' "$work/crowd.txt"); cerr=${cerr:-0}
  printf '%-44s %12s %12s %14s %7s\n' "$label" "$(ms "$hp50")" "$(ms "$hp99")" "$(peak_mb "$from")" "$((herr + cerr))"
}
crowd "200 downloads of the 10 MB text"
crowd "200 requests for Range: bytes=0-0" -H "Range: bytes=0-0"

echo
echo "Errors: the portal's non-2xx/3xx answers and socket errors / nginx's. Latencies are the portal's."
echo "Portal resident memory: peak $(peak_mb) MB, now $(rss_now) MB."
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%d GB", $2/1048576}' /proc/meminfo), $(date -u +%Y-%m-%d); wrk -t2, ${seconds} s a run."
